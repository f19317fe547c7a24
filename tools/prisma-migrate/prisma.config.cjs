// Prisma 6.19.3 CLI configuration for migrations only: the WebAssembly schema engine over a pg
// driver adapter, so no native schema-engine binary is needed. Run it through
// scripts/db/migrate.ts (npm run db:migrate), which writes schema.prisma here and sets the
// environment. (CommonJS, not TypeScript: see pg-adapter.cjs.)
"use strict";
const path = require("node:path");
const { defineConfig } = require("prisma/config");
const { MigratePgAdapterFactory } = require("./pg-adapter.cjs");

// scripts/db/migrate.ts always passes the URL it read from lib/config.ts; no default of its own here.
const databaseUrl = () => {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set: run migrations through `npm run db:migrate`");
  return process.env.DATABASE_URL;
};

module.exports = defineConfig({
  experimental: { adapter: true },
  engine: "js",
  // Generated from ../../prisma/schema.prisma by scripts/db/migrate.ts (url line added, generators removed).
  schema: path.join(__dirname, "schema.prisma"),
  migrations: { path: process.env.PRISMA_MIGRATIONS_DIR || path.join(__dirname, "../../prisma/migrations") },
  adapter: async () => new MigratePgAdapterFactory(databaseUrl()),
});
