/** Public surface of the solver: the contract types, solve(), evaluate() and preflight(). */
export * from "./types";
export { solve } from "./solve";
export { evaluate, type Evaluation } from "./evaluate";
export { preflight, preflightWarnings } from "./preflight";
export { repair, changeWeightsFor, type RepairKeep, type RepairOptions } from "./repair";
export { DEFAULT_CHANGE_WEIGHTS, evaluateChange, type ChangeWeights, type ChangeEvaluation } from "./change-cost";
