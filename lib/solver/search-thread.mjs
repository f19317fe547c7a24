// Entry file of a search thread (see search-threads.ts). A plain-JS shim for the same reason as
// part-thread.mjs: on Node 20 the process's `--import tsx` does not reach worker threads.
import { register } from "tsx/esm/api";

register();
await import("./search-thread.ts");
