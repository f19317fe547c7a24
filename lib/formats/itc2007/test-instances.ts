/**
 * Where the tests find the public ITC-2007 instances: <repo>/../shared/bench/itc2007, the same
 * default the CLI and benchmark use. Tests that need them skip when the folder is absent on a
 * developer's machine, but never in CI (CI=true), where a skip would hide a missing check.
 */
import fs from "node:fs";
import path from "node:path";
import { parseCtt, type CttInstance } from "./parse-ctt";

export const ITC_DIR = path.resolve(import.meta.dirname, "../../..", "../shared/bench/itc2007");
export const HAVE_ITC = fs.existsSync(path.join(ITC_DIR, "comp01.ctt"));
if (!HAVE_ITC && process.env.CI === "true") {
  throw new Error(`The ITC-2007 instances are missing from ${ITC_DIR}; CI must run with shared/ beside the repository.`);
}

export function instanceFiles(): string[] {
  return HAVE_ITC ? fs.readdirSync(ITC_DIR).filter((f) => f.endsWith(".ctt")).sort() : [];
}

export function loadInstance(name: string): CttInstance {
  return parseCtt(fs.readFileSync(path.join(ITC_DIR, name.endsWith(".ctt") ? name : `${name}.ctt`), "utf8"));
}

/** A hand-made instance small enough to score by hand (see validate-ud2.test.ts). */
export const TINY_CTT = `Name: Tiny
Courses: 3
Rooms: 2
Days: 2
Periods_per_day: 3
Curricula: 1
Constraints: 2

COURSES:
cA tX 2 2 30
cB tX 1 1 10
cC tY 2 1 25

ROOMS:
36	20
R2	40

CURRICULA:
q0 2 cA cC

UNAVAILABILITY_CONSTRAINTS:
cA 0 0
cC 1 2

END.
`;
