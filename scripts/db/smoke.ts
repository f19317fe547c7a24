// Smoke test of the Prisma 7 client against a migrated database: `node --conditions=react-server --import tsx scripts/db/smoke.ts`.
import { prisma } from "@/lib/db";

const t0 = Date.now();
const users = await prisma.user.count();
const terms = await prisma.term.findMany({ take: 1 });
console.log(JSON.stringify({ users, terms: terms.length, ms: Date.now() - t0 }));
await prisma.$disconnect();
