import { defineConfig } from "vitest/config";
import path from "node:path";

// Two projects: `unit` needs nothing running; `integration` talks to the real PostgreSQL and Redis
// (scripts/test.sh points it at the test database and a Redis index of its own).
//
// Tests run server code, so `server-only` (the first import of every lib/server module) resolves to
// the empty module a React server loads (its "react-server" export) instead of the one that throws.
// Only that package: the whole "react-server" condition, as our Node processes use it
// (scripts/lib/server-node-args.ts), would also swap in React's server build, which lacks what
// next-auth's modules call at import (createContext) when loaded outside Next's bundler.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "worker/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts", "components/**/*.test.ts"], testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
