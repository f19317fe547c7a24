/**
 * Interleaved A/B benchmark of two copies of this engine (e.g. main's and a branch's), for
 * measuring what a change to the search hot path costs on a shared, noisy machine. Both anneal the
 * same instance with the same seed and parameters, 1,000 iterations at a time alternately, so both
 * see the same machine load; it sums the process CPU time each one used. Same seed and same
 * decisions mean the same trajectory: it says so when the two runs end on different costs.
 *
 *   git archive main lib/solver lib/formats lib/domain package.json tsconfig.json | tar -x -C /tmp/base
 *   ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   BASE=/tmp/base/lib/solver/engine node --import tsx lib/solver/engine/ab-bench.ts 1500 comp01 comp05 univ1
 *
 * Arguments: thousands of iterations per engine, then instances (compNN from $ITC_DIR, univN synthetic).
 * PARAMS (JSON) overrides annealing parameters, as in dev-bench.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCtt } from "../../formats/itc2007/parse-ctt";
import { toSolverInput } from "../../formats/itc2007/to-solver-input";
import * as anneal from "./anneal";
import * as construct from "./construct";
import * as model from "./model";
import * as rng from "./rng";
import * as state from "./state";
import { syntheticInstance, UNIVERSITY_SIZE } from "./synthetic-instance";

type Engine = { anneal: typeof anneal; construct: typeof construct; model: typeof model; rng: typeof rng; state: typeof state };

const [chunks = "1500", ...names] = process.argv.slice(2);
const baseDir = process.env.BASE;
/** PARAMS='{"kempeRate":0.08}' overrides annealing parameters for both engines. */
const params = process.env.PARAMS ? JSON.parse(process.env.PARAMS) : {};
if (!baseDir) throw new Error("Set BASE to the other engine's lib/solver/engine directory");
const itcDir = process.env.ITC_DIR ?? path.resolve(import.meta.dirname, "../../../../shared/bench/itc2007");
const load = async (dir: string): Promise<Engine> => ({
  anneal: await import(path.join(dir, "anneal.ts")),
  construct: await import(path.join(dir, "construct.ts")),
  model: await import(path.join(dir, "model.ts")),
  rng: await import(path.join(dir, "rng.ts")),
  state: await import(path.join(dir, "state.ts")),
});
const engines = { base: await load(path.resolve(baseDir)), this: { anneal, construct, model, rng, state } as Engine };
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

for (const name of names) {
  const input = name.startsWith("univ") ? syntheticInstance(Number(name.slice(4)), UNIVERSITY_SIZE) : toSolverInput(parseCtt(readFileSync(`${itcDir}/${name}.ctt`, "utf8")));
  const start = (e: Engine) => {
    const s = new e.state.State(e.model.compileModel(input));
    const random = new e.rng.Rng(1);
    e.construct.construct(s, random, 1000);
    // What search() does after construction, in engines that have it.
    const countable = s as { meetHard?: number; countAll?: boolean };
    if (countable.meetHard === 0) countable.countAll = false;
    return new e.anneal.Annealer(s, random, { ...e.anneal.DEFAULT_PARAMS, ...params });
  };
  const runs = { base: start(engines.base), this: start(engines.this) };
  const time = { base: 0, this: 0 };
  const n = Number(chunks);
  for (let i = 0; i < n; i++) {
    const t = 8 * Math.pow(0.05 / 8, i / n);
    for (const which of i % 2 === 0 ? (["base", "this"] as const) : (["this", "base"] as const)) {
      const t0 = cpu();
      runs[which].run(1000, t);
      time[which] += cpu() - t0;
    }
  }
  const rate = (which: "base" | "this") => Math.round(runs[which].evaluated / (time[which] / 1e6));
  const same = runs.base.state.soft === runs.this.state.soft && runs.base.evaluated === runs.this.evaluated;
  console.log(`${name}: ${n}k iterations each; moves/CPU-s base ${rate("base")} this ${rate("this")}; CPU time this/base ${(time.this / time.base).toFixed(3)}${same ? "" : " (trajectories differ)"}`);
}
