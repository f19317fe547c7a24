// Entry file of a part thread (see solve-parts-threads.ts). Why a .mjs shim: on Node 20 the
// `--import tsx` of the process does not reach worker threads (module hooks are per thread), so
// this plain-JS file registers tsx in its own thread, then loads the TypeScript body.
import { register } from "tsx/esm/api";

register();
await import("./part-thread.ts");
