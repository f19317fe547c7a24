// Entry file BullMQ loads in each solver worker thread (see ../start-worker.ts).
//
// Why a .mjs shim: on Node 20 the `--import tsx` of the worker process does not reach worker
// threads (their module hooks are per thread), so a .ts processor file fails with "Unknown file
// extension .ts". This plain-JS file registers tsx in its own thread, then loads the TypeScript
// processor, which resolves "@/..." paths through tsconfig like the rest of the worker. The
// worker's `--conditions=react-server` does reach the thread (BullMQ passes process.execArgv), so
// lib/server's `import "server-only"` loads here as in the worker's main thread.
import { register } from "tsx/esm/api";

register();
const { default: solveVariant } = await import("./solve-variant.ts");

export default solveVariant;
