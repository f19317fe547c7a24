// Entry file of the poison worker's solver threads; registers tsx like worker/processors/solve-variant.sandbox.mjs.
import { register } from "tsx/esm/api";

register();
const { default: poisonSolveVariant } = await import("./poison-solve-variant.ts");

export default poisonSolveVariant;
