/**
 * How every Node process of ours that runs TypeScript starts (the worker, the scripts, the test
 * helpers that spawn them): `node --conditions=react-server --import tsx <file>`.
 *
 * Every module in lib/server/ begins with `import "server-only"`. That package throws unless it is
 * resolved with the "react-server" export condition, which is how Next.js loads server code and
 * how it fails the build when a "use client" module imports a server module. Running our own Node
 * processes with the same condition lets them load lib/server while a browser bundle still cannot.
 * In these processes the condition changes nothing else: they import no react or react-dom, the
 * only other packages that have the condition. Worker threads (BullMQ's sandboxed solver, the
 * solver's part threads) inherit it through process.execArgv.
 */
export const SERVER_NODE_ARGS = ["--conditions=react-server", "--import", "tsx"] as const;
