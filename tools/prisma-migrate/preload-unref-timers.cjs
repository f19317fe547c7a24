// Preloaded (node --require) into the Prisma 6 CLI. The WebAssembly schema engine leaves long
// timers pending (10 s and 60 s) after a command has finished, so the process would wait up to a
// minute before exiting. Long timers are unref'd: they still fire if the process is busy anyway,
// but they no longer keep an otherwise finished process alive.
"use strict";
const LONG_MS = 5_000;
const unrefLong = (original) =>
  function (fn, ms, ...args) {
    const t = original.call(this, fn, ms, ...args);
    if (typeof ms === "number" && ms >= LONG_MS && t && typeof t.unref === "function") t.unref();
    return t;
  };
globalThis.setTimeout = unrefLong(globalThis.setTimeout);
globalThis.setInterval = unrefLong(globalThis.setInterval);
