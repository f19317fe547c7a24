// Prisma 7 CLI configuration (used by `npm run db:generate`).
//
// Note: on machines that cannot download Prisma's native schema engine, the Prisma 7
// migrate commands do not work. Migrations run through `npm run db:migrate`
// (scripts/db/migrate.ts + tools/prisma-migrate, Prisma 6's WebAssembly schema engine),
// which reads the same schema, migrations folder and DATABASE_URL.
//
// The database URL comes from lib/config.ts, the one module that reads settings (DATABASE_URL or its
// default; an invalid setting stops the CLI). Prisma loads this file with its own TypeScript loader,
// so lib/config.ts and what it imports use relative paths (`npm run db:generate` in `npm test`
// fails if one does not).
import { defineConfig } from "prisma/config";
import { readDatabaseConfig } from "./lib/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "node --conditions=react-server --import tsx prisma/seed.ts",
  },
  datasource: {
    url: readDatabaseConfig().url,
  },
});
