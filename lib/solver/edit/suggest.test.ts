// Suggestions: ranked, each one's figures equal to applying its moves, and a blocked meeting gets
// a two-move suggestion that frees its cell.
import { describe, expect, it } from "vitest";
import { DEMO_SEED, generateDemoUniversity } from "@/prisma/seed/demo-university";
import { demoPlacements, demoSolverInput } from "@/prisma/seed/to-solver-input";
import { EditSession } from "./session";
import { suggestMoves } from "./suggest";

function demoSession(): EditSession {
  const university = generateDemoUniversity(DEMO_SEED);
  const mapped = demoSolverInput(university);
  return new EditSession(mapped.input, demoPlacements(university, mapped));
}

describe("suggestMoves", () => {
  it("ranks at most 10 suggestions by hard then score change, each as applying its moves gives", () => {
    const session = demoSession();
    for (const m of [0, 17, 101]) {
      const suggestions = suggestMoves(session, m);
      expect(suggestions.length).toBeGreaterThan(0);
      expect(suggestions.length).toBeLessThanOrEqual(10);
      for (let i = 1; i < suggestions.length; i++) {
        const [a, b] = [suggestions[i - 1], suggestions[i]];
        expect(a.hardDelta < b.hardDelta || (a.hardDelta === b.hardDelta && a.softDelta <= b.softDelta + 1e-9)).toBe(true);
      }
      const before = session.totals();
      for (const s of suggestions) {
        const after = session.trial(s.moves);
        expect(s.hardDelta).toBe(after.hard - before.hard);
        expect(s.softDelta).toBeCloseTo(after.soft - before.soft, 6);
      }
    }
  });

  it("moves one other meeting out of the way when every free cell is taken", () => {
    const session = demoSession();
    const M = session.model;
    // Some meeting of the demo has a cell blocked by exactly one other meeting: find a two-move suggestion.
    let found = false;
    for (let m = 0; m < M.nMeet && !found; m += 7) {
      const suggestions = suggestMoves(session, m, { limit: 500 });
      const twoMove = suggestions.find((s) => s.moves.length === 2);
      if (!twoMove) continue;
      found = true;
      expect(twoMove.moves[1].m).toBe(m);
      expect(twoMove.moves[0].m).not.toBe(m);
      // The target cell was blocked for m alone: moving only m there adds a hard violation.
      const alone = session.trial([twoMove.moves[1]]);
      expect(alone.hard).toBeGreaterThan(session.hard);
    }
    expect(found).toBe(true);
  });

  it("answers within the time budget", () => {
    const session = demoSession();
    const t0 = performance.now();
    suggestMoves(session, 3, { budgetMs: 200 });
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
