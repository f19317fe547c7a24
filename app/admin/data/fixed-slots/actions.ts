"use server";

import { z } from "zod";
import { dataAction } from "@/lib/server/data/data-action";
import { deleteFixedSlot } from "@/lib/server/data/delete-fixed-slot";
import { saveFixedSlot } from "@/lib/server/data/save-fixed-slot";
import { ZFixedSlotInputSchema } from "@/lib/validation/fixed-slot";

const PATHS = ["/admin/data/fixed-slots", "/admin/data"];

export async function saveFixedSlotAction(input: unknown) {
  return dataAction({ schema: ZFixedSlotInputSchema, input, run: (data, user) => saveFixedSlot({ input: data, actorId: user.id }), revalidate: PATHS });
}

export async function deleteFixedSlotAction(id: string) {
  return dataAction({ schema: z.string().min(1), input: id, run: (recordId, user) => deleteFixedSlot({ id: recordId, actorId: user.id }), revalidate: PATHS });
}
