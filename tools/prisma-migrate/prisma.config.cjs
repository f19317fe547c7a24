// Prisma 6.19.3 CLI configuration for migrations only: the WebAssembly schema engine over a pg
// driver adapter, so no native schema-engine binary is needed. Run it through
// scripts/db/migrate.ts (npm run db:migrate), which writes schema.prisma here and sets the
// environment. (CommonJS, not TypeScript: see pg-adapter.cjs.)
"use strict";
const path = require("node:path");
const { defineConfig } = require("prisma/config");
const { MigratePgAdapterFactory } = require("./pg-adapter.cjs");

const DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/timetabler";

module.exports = defineConfig({
  experimental: { adapter: true },
  engine: "js",
  // Generated from ../../prisma/schema.prisma by scripts/db/migrate.ts (url line added, generators removed).
  schema: path.join(__dirname, "schema.prisma"),
  migrations: { path: process.env.PRISMA_MIGRATIONS_DIR || path.join(__dirname, "../../prisma/migrations") },
  adapter: async () => new MigratePgAdapterFactory(process.env.DATABASE_URL || DEFAULT_DATABASE_URL),
});
