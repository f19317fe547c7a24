import { defineConfig } from "@playwright/test";

// End-to-end tests in Debian's Chromium (Playwright cannot download its own browsers here) against
// the production build (`next start` under scripts/serve-web.ts) and the real worker process. scripts/test.sh sets the test
// database, Redis index and BullMQ prefix before this runs.
const port = Number(process.env.TEST_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "./e2e",
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      // Two Next.js processes behind one port, as `npm start` runs on a multi-core machine: every
      // spec then also checks that nothing depends on a request landing on the same process.
      command: `node --conditions=react-server --import tsx scripts/serve-web.ts -p ${port}`,
      env: { WEB_CONCURRENCY: "2" },
      url: `${baseURL}/login`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
    {
      command: "node --conditions=react-server --import tsx worker/index.ts",
      // worker/start-worker.ts prints "[worker] <host:pid> started: ..." once its BullMQ workers run.
      // In either log format: "[worker] host:pid started" on a terminal, pino's JSON line otherwise.
      wait: { stdout: /(\[worker\] |"msg":")\S+ started/ },
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
  ],
});
