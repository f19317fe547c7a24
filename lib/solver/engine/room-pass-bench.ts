/**
 * Developer benchmark for the room polish alone (room-pass.ts) on finished ITC-2007 solutions.
 * Usage: node --import tsx lib/solver/engine/room-pass-bench.ts <dir of compNN-seedK.sol files> [ITC dir]
 * Loads each solution into a State, polishes it, and prints the independent UD2 validator's soft
 * cost before and after (and the engine's own, which must agree), then the totals.
 */
import { readFileSync, readdirSync } from "node:fs";
import { parseCtt } from "../../formats/itc2007/parse-ctt";
import { parseSolution } from "../../formats/itc2007/solution-format";
import { placementsToSolution, solutionToPlacements, toSolverInput } from "../../formats/itc2007/to-solver-input";
import { validateUd2 } from "../../formats/itc2007/validate-ud2";
import { compileModel } from "./model";
import { placementsOf, positionsOf } from "./positions";
import { polishRooms } from "./room-pass";
import { State } from "./state";

const [solDir, itcDir = new URL("../../../../shared/bench/itc2007", import.meta.url).pathname] = process.argv.slice(2);
let totalBefore = 0;
let totalAfter = 0;
for (const file of readdirSync(solDir).filter((f) => /^comp\d+-seed\d+\.sol$/.test(f)).sort()) {
  const instance = parseCtt(readFileSync(`${itcDir}/${file.split("-")[0]}.ctt`, "utf8"));
  const solution = parseSolution(readFileSync(`${solDir}/${file}`, "utf8"));
  const input = toSolverInput(instance);
  const model = compileModel(input);
  const state = new State(model);
  const { positions } = positionsOf(model, solutionToPlacements(solution));
  for (let m = 0; m < model.nMeet; m++) if (positions.slot[m] >= 0) state.place(m, positions.slot[m], positions.room[m]);
  state.flush();
  const before = validateUd2(instance, solution).soft;
  const started = performance.now();
  const kept = polishRooms(state, 1e6);
  const ms = performance.now() - started;
  const polished = placementsToSolution(placementsOf(model, state.meetSlot, state.meetRoom));
  const after = validateUd2(instance, polished);
  totalBefore += before;
  totalAfter += after.soft;
  console.log(`${file} soft ${before} -> ${after.soft} (engine ${state.soft}, hard ${after.hard}), ${kept} change(s), ${ms.toFixed(1)} ms`);
}
console.log(`total soft ${totalBefore} -> ${totalAfter}`);
