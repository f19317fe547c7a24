import "server-only";
import { prisma } from "@/lib/db";

export async function listWeightProfiles({ q }: { q?: string } = {}) {
  const search = q?.trim();
  return prisma.weightProfile.findMany({
    where: search ? { name: { contains: search, mode: "insensitive" } } : undefined,
    select: { id: true, name: true, description: true, isBuiltIn: true, weights: true, _count: { select: { terms: true } } },
    orderBy: [{ isBuiltIn: "desc" }, { name: "asc" }],
  });
}
