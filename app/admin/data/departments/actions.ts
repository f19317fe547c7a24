"use server";

import { z } from "zod";
import { dataAction } from "@/lib/server/data/data-action";
import { deleteDepartment } from "@/lib/server/data/delete-department";
import { saveDepartment } from "@/lib/server/data/save-department";
import { ZDepartmentInputSchema } from "@/lib/validation/department";

const PATHS = ["/admin/data/departments", "/admin/data"];

export async function saveDepartmentAction(input: unknown) {
  return dataAction({ schema: ZDepartmentInputSchema, input, run: (data, user) => saveDepartment({ input: data, actorId: user.id }), revalidate: PATHS });
}

export async function deleteDepartmentAction(id: string) {
  return dataAction({ schema: z.string().min(1), input: id, run: (departmentId, user) => deleteDepartment({ id: departmentId, actorId: user.id }), revalidate: PATHS });
}
