/**
 * The solver's pre-flight check on a term's data, before anyone waits for a generation run: builds
 * the solver input exactly as generation does (build-solver-input) and runs preflight(). Each
 * blocker comes with links to the records it names, so the registrar can go and fix them.
 */
import "server-only";
import { BALANCED_WEIGHTS } from "@/lib/domain/weight-profiles";
import { buildSolverInput } from "@/lib/server/generation/build-solver-input";
import { preflight } from "@/lib/solver/preflight";
import type { Blocker } from "@/lib/solver/types";

export interface BlockerLink {
  href: string;
  label: string;
}

export interface CheckedBlocker {
  kind: string;
  message: string;
  links: BlockerLink[];
}

export interface TermDataCheck {
  offeringCount: number;
  blockers: CheckedBlocker[];
}

function linksOf(blocker: Blocker, names: Map<string, string>): BlockerLink[] {
  const link = (base: string, id: string) => ({ href: `/admin/data/${base}/${id}`, label: names.get(id) ?? id });
  // Student groups ("students:<batch>:<n>") are derived, not records: only batch groups link.
  const batchIds = blocker.groupIds.filter((id) => !id.startsWith("students:"));
  return [
    ...blocker.facultyIds.map((id) => link("faculty", id)),
    ...blocker.roomIds.slice(0, 10).map((id) => link("rooms", id)),
    ...batchIds.map((id) => link("batches", id)),
    ...blocker.offeringIds.slice(0, 10).map((id) => link("offerings", id)),
  ];
}

export async function checkTermData({ termId }: { termId: string }): Promise<TermDataCheck> {
  // Weights do not change feasibility; any profile gives the same blockers.
  const built = await buildSolverInput({ termId, departmentIds: [], weights: BALANCED_WEIGHTS });
  const { input } = built;
  const names = new Map<string, string>([
    ...input.offerings.map((o) => [o.id, o.name] as const),
    ...input.faculty.map((f) => [f.id, f.name] as const),
    ...input.rooms.map((r) => [r.id, r.name] as const),
    ...input.groups.map((g) => [g.id, g.name] as const),
  ]);
  const blockers = [...built.blockers, ...preflight(input)];
  return {
    offeringCount: input.offerings.length,
    blockers: blockers.map((b) => ({ kind: b.kind, message: b.message, links: linksOf(b, names) })),
  };
}
