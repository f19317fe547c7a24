"use server";

import { z } from "zod";
import { dataAction } from "@/lib/server/data/data-action";
import { deleteOffering } from "@/lib/server/data/delete-offering";
import { saveOffering } from "@/lib/server/data/save-offering";
import { ZOfferingInputSchema } from "@/lib/validation/offering";

const PATHS = ["/admin/data/offerings", "/admin/data"];

export async function saveOfferingAction(input: unknown) {
  return dataAction({ schema: ZOfferingInputSchema, input, run: (data, user) => saveOffering({ input: data, actorId: user.id }), revalidate: PATHS });
}

export async function deleteOfferingAction(id: string) {
  return dataAction({ schema: z.string().min(1), input: id, run: (offeringId, user) => deleteOffering({ id: offeringId, actorId: user.id }), revalidate: PATHS });
}
