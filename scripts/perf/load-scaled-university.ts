/**
 * A university several times the demo's size, for scale benchmarks (prisma/seed/scaled-university.ts:
 * N copies of the demo university as N campuses of one term), written into an EMPTY database (like
 * the seed), in one transaction.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/scratch_scale npm run db:migrate
 *   DATABASE_URL=... node --conditions=react-server --import tsx scripts/perf/load-scaled-university.ts --copies 8
 */
import { parseArgs } from "node:util";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-university";
import { writeUniversity } from "@/prisma/seed/load-demo-university";
import { scaledDemoUniversity } from "@/prisma/seed/scaled-university";

const { values: args } = parseArgs({ options: { copies: { type: "string", default: "8" } } });
const copies = Number(args.copies);
if (!Number.isInteger(copies) || copies < 1 || copies > 50) {
  console.error("--copies must be a whole number from 1 to 50");
  process.exit(2);
}
if ((await prisma.term.count()) > 0 || (await prisma.user.count()) > 0) {
  console.error("The database already has data: point DATABASE_URL at an empty, migrated database.");
  process.exit(2);
}

const started = performance.now();
const merged = scaledDemoUniversity(copies);
const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
const counts = await prisma.$transaction((tx) => writeUniversity(tx, merged, passwordHash), { timeout: 600_000, maxWait: 10_000 });
console.info(`[scale] ${copies} campus(es) of the demo university in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
for (const [table, n] of Object.entries(counts)) console.info(`  ${table.padEnd(22)} ${n}`);
await prisma.$disconnect();
