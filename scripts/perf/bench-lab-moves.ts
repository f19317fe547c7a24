/**
 * Moves per CPU second for multi-period meetings (labs) against single-period ones (lectures) on
 * the demo university, per neighbourhood, with the State calls the annealer makes on product data
 * (apply, flush, score, undo: the apply-free delta path only applies to ITC-shaped weights).
 * Candidates are rejected and undone, like most candidates in a search; the state stays put.
 *
 *   nice -n 19 node --conditions=react-server --import tsx scripts/perf/bench-lab-moves.ts [--copies 1] [--seconds 3]
 */
import { parseArgs } from "node:util";
import { DEFAULT_PARAMS } from "@/lib/solver/engine/anneal";
import { construct } from "@/lib/solver/engine/construct";
import { KempeChains } from "@/lib/solver/engine/kempe";
import { compileModel, type Model } from "@/lib/solver/engine/model";
import { Rng } from "@/lib/solver/engine/rng";
import { State } from "@/lib/solver/engine/state";
import { scaledDemoUniversity } from "@/prisma/seed/scaled-university";
import { demoSolverInput } from "@/prisma/seed/to-solver-input";

const { values } = parseArgs({ options: { copies: { type: "string", default: "1" }, seconds: { type: "string", default: "3" } } });
const seconds = Number(values.seconds);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const { input } = demoSolverInput(scaledDemoUniversity(Number(values.copies)));
const model = compileModel(input);
const state = new State(model);
const rng = new Rng(1);
construct(state, rng, 1000);
state.countAll = state.meetHard > 0;
const W = 1000;
const movable = new Uint8Array(model.nMeet);
for (let m = 0; m < model.nMeet; m++) movable[m] = state.meetSlot[m] >= 0 && model.meetPinSlot[m] < 0 ? 1 : 0;
const lenOf = (m: number) => model.offLen[model.meetOff[m]];
const classes = {
  single: Int32Array.from(Array.from({ length: model.nMeet }, (_, m) => m).filter((m) => movable[m] && lenOf(m) === 1)),
  multi: Int32Array.from(Array.from({ length: model.nMeet }, (_, m) => m).filter((m) => movable[m] && lenOf(m) > 1)),
};
const kempe = new KempeChains(state);

function randomSlot(M: Model, o: number): number {
  return M.offSlotList[M.offSlotStart[o] + rng.int(M.offSlotStart[o + 1] - M.offSlotStart[o])];
}

type Kind = "move" | "swap" | "kempe";
/** One candidate of this kind for meeting m, scored and undone; false when it was not applicable. */
function candidate(kind: Kind, m: number, pool: Int32Array): boolean {
  const M = model;
  const o = M.meetOff[m];
  const s0 = state.meetSlot[m];
  const r0 = state.meetRoom[m];
  const before = state.objective(W);
  if (kind === "kempe") {
    if (!kempe.apply(m, randomSlot(M, o), movable, rng, W)) return false;
    chainMeetings += kempe.chainLength;
    chainsApplied++;
    void (state.objective(W) - before);
    kempe.undo();
    return true;
  }
  if (kind === "move") {
    const s = randomSlot(M, o);
    if (s === s0 || M.roomFreeRun[r0 * M.slots + s] < M.offLen[o]) return false;
    state.unplace(m);
    state.place(m, s, r0);
    state.flush();
    void (state.objective(W) - before);
    state.unplace(m);
    state.place(m, s0, r0);
    state.flush();
    return true;
  }
  const m2 = pool[rng.int(pool.length)];
  const o2 = M.meetOff[m2];
  const s2 = state.meetSlot[m2];
  const r2 = state.meetRoom[m2];
  if (o2 === o || s2 === s0 || M.offLen[o2] !== M.offLen[o] || !M.offSlotOk[o * M.slots + s2] || !M.offSlotOk[o2 * M.slots + s0]) return false;
  if (!M.offRoomOk[o * M.nRoom + r2] || !M.offRoomOk[o2 * M.nRoom + r0]) return false;
  state.unplace(m);
  state.unplace(m2);
  state.place(m, s2, r2);
  state.place(m2, s0, r0);
  state.flush();
  void (state.objective(W) - before);
  state.unplace(m);
  state.unplace(m2);
  state.place(m, s0, r0);
  state.place(m2, s2, r2);
  state.flush();
  return true;
}

/** Candidates scored per CPU second; the time of candidates found not applicable counts too. */
function rate(kind: Kind, pool: Int32Array): number {
  const start = cpuMs();
  let done = 0;
  let tried = 0;
  while (cpuMs() - start < seconds * 1000) {
    for (let i = 0; i < 2000; i++) if (candidate(kind, pool[rng.int(pool.length)], pool)) done++;
    tried += 2000;
  }
  applicable.set(`${kind} ${pool === classes.single ? "single" : "multi"}`, done / tried);
  return done / ((cpuMs() - start) / 1000);
}
const applicable = new Map<string, number>();
let chainMeetings = 0;
let chainsApplied = 0;

// Swaps pair meetings of the same length: the multi-period pool is split by length for them.
const byLength = (pool: Int32Array, len: number) => pool.filter((m) => lenOf(m) === len);
console.log(`demo university x${values.copies}: ${classes.single.length} movable single-period meetings, ${classes.multi.length} multi-period (lengths ${[...new Set(Array.from(classes.multi, lenOf))].sort().join(", ")}); ${seconds} CPU-s per cell`);
console.log("| neighbourhood | single-period moves/CPU-s | multi-period moves/CPU-s | ratio |");
console.log("|---|---|---|---|");
// The annealer's mix on product data (DEFAULT_PARAMS): kempeRate 0.02, then swapRate 0.4 of the rest.
const mix = { kempe: DEFAULT_PARAMS.kempeRate, swap: (1 - DEFAULT_PARAMS.kempeRate) * DEFAULT_PARAMS.swapRate, move: (1 - DEFAULT_PARAMS.kempeRate) * (1 - DEFAULT_PARAMS.swapRate) };
const secondsPerCandidate = { single: 0, multi: 0 };
const chains = { single: 0, multi: 0 };
for (const kind of ["move", "swap", "kempe"] as const) {
  chainMeetings = chainsApplied = 0;
  const single = rate(kind, classes.single);
  if (kind === "kempe") chains.single = chainMeetings / chainsApplied;
  chainMeetings = chainsApplied = 0;
  const multi = kind === "swap" ? (rate(kind, byLength(classes.multi, 2)) + rate(kind, byLength(classes.multi, 3))) / 2 : rate(kind, classes.multi);
  if (kind === "kempe") chains.multi = chainMeetings / chainsApplied;
  secondsPerCandidate.single += mix[kind] / single;
  secondsPerCandidate.multi += mix[kind] / multi;
  console.log(`| ${kind} | ${Math.round(single).toLocaleString("en")} | ${Math.round(multi).toLocaleString("en")} | ${(single / multi).toFixed(2)} |`);
}
const single = 1 / secondsPerCandidate.single;
const multi = 1 / secondsPerCandidate.multi;
console.log(`| annealer mix (${(100 * mix.move).toFixed(0)}% move, ${(100 * mix.swap).toFixed(0)}% swap, ${(100 * mix.kempe).toFixed(0)}% Kempe) | ${Math.round(single).toLocaleString("en")} | ${Math.round(multi).toLocaleString("en")} | ${(single / multi).toFixed(2)} |`);
console.log(`share of candidates applicable: ${[...applicable].map(([k, v]) => `${k} ${(100 * v).toFixed(0)}%`).join(", ")}`);
console.log(`meetings per applied Kempe chain: from a single-period meeting ${chains.single.toFixed(1)}, from a multi-period one ${chains.multi.toFixed(1)}`);
