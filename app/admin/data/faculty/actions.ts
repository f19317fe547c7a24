"use server";

import { z } from "zod";
import { dataAction } from "@/lib/server/data/data-action";
import { deleteFaculty } from "@/lib/server/data/delete-faculty";
import { saveFaculty } from "@/lib/server/data/save-faculty";
import { saveFacultyAvailability } from "@/lib/server/data/save-faculty-availability";
import { ZAvailabilityInputSchema } from "@/lib/validation/availability";
import { ZFacultyInputSchema } from "@/lib/validation/faculty";

const PATHS = ["/admin/data/faculty", "/admin/data"];

export async function saveFacultyAction(input: unknown) {
  return dataAction({ schema: ZFacultyInputSchema, input, run: (data, user) => saveFaculty({ input: data, actorId: user.id }), revalidate: PATHS });
}

export async function deleteFacultyAction(id: string) {
  return dataAction({ schema: z.string().min(1), input: id, run: (facultyId, user) => deleteFaculty({ id: facultyId, actorId: user.id }), revalidate: PATHS });
}

export async function saveFacultyAvailabilityAction(input: unknown) {
  return dataAction({ schema: ZAvailabilityInputSchema, input, run: (data, user) => saveFacultyAvailability({ input: data, actorId: user.id }) });
}
