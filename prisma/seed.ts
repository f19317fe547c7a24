/**
 * `npm run db:seed`: loads the demo university (see prisma/seed/README.md) into DATABASE_URL.
 * Does nothing when the database already has a term or a user.
 */
import { prisma } from "@/lib/db";
import { loadDemoUniversity } from "./seed/load-demo-university";

async function main(): Promise<void> {
  const started = performance.now();
  try {
    await loadDemoUniversity(prisma);
    console.log(`Seed finished in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("Seed failed; nothing was written.", error);
  process.exitCode = 1;
});
