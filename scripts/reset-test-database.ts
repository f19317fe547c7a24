/**
 * Drops and recreates the test database named by DATABASE_URL, so every `npm test` starts from a
 * clean, freshly migrated schema. Refuses any database whose name does not end in "_test", so it
 * can never wipe the database `npm start` uses.
 */
import pg from "pg";

const url = new URL(process.env.DATABASE_URL ?? "");
const name = decodeURIComponent(url.pathname.replace(/^\//, ""));
if (!/^[a-z0-9_]+_test$/.test(name)) {
  console.error(`Refusing to reset "${name}": the test database's name must end in _test.`);
  process.exit(1);
}

const admin = new URL(url);
admin.pathname = "/postgres";
const client = new pg.Client({ connectionString: admin.toString() });
try {
  await client.connect();
} catch (error) {
  console.error(`Cannot connect to PostgreSQL at ${url.host}: ${(error as Error).message}`);
  process.exit(1);
}
await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await client.query(`CREATE DATABASE "${name}"`);
await client.end();
console.log(`Recreated database ${name}`);
