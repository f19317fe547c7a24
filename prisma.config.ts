// Prisma 7 CLI configuration (used by `npm run db:generate`).
//
// Note: on machines that cannot download Prisma's native schema engine, the Prisma 7
// migrate commands do not work. Migrations run through `npm run db:migrate`
// (scripts/db/migrate.ts + tools/prisma-migrate, Prisma 6's WebAssembly schema engine),
// which reads the same schema, migrations folder and DATABASE_URL.
import { defineConfig } from "prisma/config";

export const DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/timetabler";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "node --conditions=react-server --import tsx prisma/seed.ts",
  },
  datasource: {
    url: process.env.DATABASE_URL || DEFAULT_DATABASE_URL,
  },
});
