"use server";

import { z } from "zod";
import { dataAction } from "@/lib/server/data/data-action";
import { deleteStudent } from "@/lib/server/data/delete-student";
import { saveStudent } from "@/lib/server/data/save-student";
import { ZStudentInputSchema } from "@/lib/validation/student";

const PATHS = ["/admin/data/students", "/admin/data"];

export async function saveStudentAction(input: unknown) {
  return dataAction({ schema: ZStudentInputSchema, input, run: (data, user) => saveStudent({ input: data, actorId: user.id }), revalidate: PATHS });
}

export async function deleteStudentAction(id: string) {
  return dataAction({ schema: z.string().min(1), input: id, run: (recordId, user) => deleteStudent({ id: recordId, actorId: user.id }), revalidate: PATHS });
}
