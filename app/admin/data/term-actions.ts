"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePageUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { CURRENT_TERM_COOKIE } from "@/lib/server/terms/current-term";

/** The term switcher: remembers the chosen term for this browser's data screens. */
export async function chooseTermAction(formData: FormData): Promise<void> {
  await requirePageUser({ permission: "data.manage" });
  // Anyone can call an action with any arguments, not only the form: anything else is ignored.
  if (!(formData instanceof FormData)) return;
  const termId = z.string().min(1).max(100).safeParse(formData.get("termId"));
  if (!termId.success) return;
  const term = await prisma.term.findUnique({ where: { id: termId.data }, select: { id: true } });
  if (!term) return;
  (await cookies()).set(CURRENT_TERM_COOKIE, term.id, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });
  revalidatePath("/admin", "layout");
}
