"use server";

import { z } from "zod";
import { dataAction } from "@/lib/server/data/data-action";
import { deleteBatch } from "@/lib/server/data/delete-batch";
import { saveBatch } from "@/lib/server/data/save-batch";
import { ZBatchInputSchema } from "@/lib/validation/batch";

const PATHS = ["/admin/data/batches", "/admin/data"];

export async function saveBatchAction(input: unknown) {
  return dataAction({ schema: ZBatchInputSchema, input, run: (data, user) => saveBatch({ input: data, actorId: user.id }), revalidate: PATHS });
}

export async function deleteBatchAction(id: string) {
  return dataAction({ schema: z.string().min(1), input: id, run: (batchId, user) => deleteBatch({ id: batchId, actorId: user.id }), revalidate: PATHS });
}
