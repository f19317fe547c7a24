"use server";

import { z } from "zod";
import { dataAction } from "@/lib/server/data/data-action";
import { deleteWeightProfile } from "@/lib/server/data/delete-weight-profile";
import { saveWeightProfile } from "@/lib/server/data/save-weight-profile";
import { ZWeightProfileInputSchema } from "@/lib/validation/weight-profile";

const PATHS = ["/admin/data/weight-profiles", "/admin/data"];

export async function saveWeightProfileAction(input: unknown) {
  return dataAction({ schema: ZWeightProfileInputSchema, input, run: (data, user) => saveWeightProfile({ input: data, actorId: user.id }), revalidate: PATHS });
}

export async function deleteWeightProfileAction(id: string) {
  return dataAction({ schema: z.string().min(1), input: id, run: (recordId, user) => deleteWeightProfile({ id: recordId, actorId: user.id }), revalidate: PATHS });
}
