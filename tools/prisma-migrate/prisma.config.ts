// Prisma 6.19.3 CLI configuration for migrations only: WebAssembly schema engine over a pg driver
// adapter, so no native schema-engine binary is needed. Run it through scripts/db/migrate.ts
// (npm run db:migrate), which prepares schema.prisma here and sets the environment.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { MigratePgAdapterFactory } from "./pg-adapter";

const DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/timetabler";
const here = __dirname;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  // Generated from ../../prisma/schema.prisma by scripts/db/migrate.ts (url line added).
  schema: path.join(here, "schema.prisma"),
  migrations: { path: process.env.PRISMA_MIGRATIONS_DIR || path.join(here, "../../prisma/migrations") },
  adapter: async () => new MigratePgAdapterFactory(process.env.DATABASE_URL || DEFAULT_DATABASE_URL),
});
