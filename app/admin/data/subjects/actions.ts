"use server";

import { z } from "zod";
import { dataAction } from "@/lib/server/data/data-action";
import { deleteSubject } from "@/lib/server/data/delete-subject";
import { saveSubject } from "@/lib/server/data/save-subject";
import { ZSubjectInputSchema } from "@/lib/validation/subject";

const PATHS = ["/admin/data/subjects", "/admin/data"];

export async function saveSubjectAction(input: unknown) {
  return dataAction({ schema: ZSubjectInputSchema, input, run: (data, user) => saveSubject({ input: data, actorId: user.id }), revalidate: PATHS });
}

export async function deleteSubjectAction(id: string) {
  return dataAction({ schema: z.string().min(1), input: id, run: (subjectId, user) => deleteSubject({ id: subjectId, actorId: user.id }), revalidate: PATHS });
}
