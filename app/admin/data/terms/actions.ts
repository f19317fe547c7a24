"use server";

import { z } from "zod";
import { dataAction } from "@/lib/server/data/data-action";
import { deleteTerm } from "@/lib/server/data/delete-term";
import { saveTerm } from "@/lib/server/data/save-term";
import { ZTermInputSchema } from "@/lib/validation/term";
import { ZNonTeachingDayInputSchema } from "@/lib/validation/non-teaching-day";
import { deleteNonTeachingDay } from "@/lib/server/data/delete-non-teaching-day";
import { saveNonTeachingDay } from "@/lib/server/data/save-non-teaching-day";

const PATHS = ["/admin/data/terms", "/admin/data"];

export async function saveTermAction(input: unknown) {
  return dataAction({ schema: ZTermInputSchema, input, run: (data, user) => saveTerm({ input: data, actorId: user.id }), revalidate: PATHS });
}

export async function deleteTermAction(id: string) {
  return dataAction({ schema: z.string().min(1), input: id, run: (termId, user) => deleteTerm({ id: termId, actorId: user.id }), revalidate: PATHS });
}

export async function saveNonTeachingDayAction(input: unknown) {
  return dataAction({
    schema: ZNonTeachingDayInputSchema,
    input,
    run: (data, user) => saveNonTeachingDay({ input: data, actorId: user.id }),
    revalidate: ["/admin/data/terms"],
  });
}

export async function deleteNonTeachingDayAction(id: string) {
  return dataAction({ schema: z.string().min(1), input: id, run: (dayId, user) => deleteNonTeachingDay({ id: dayId, actorId: user.id }), revalidate: ["/admin/data/terms"] });
}
