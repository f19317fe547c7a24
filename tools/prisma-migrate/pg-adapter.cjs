// Driver adapter used by the Prisma 6.19.3 CLI (WebAssembly schema engine) to reach PostgreSQL.
// It is @prisma/adapter-pg@6.19.3 with three fixes:
//  1. Catalog types (prisma/orm#27403): PostgreSQL's internal text-like catalog types (name, char,
//     regclass, ...) are reported to the engine as `text`, otherwise describing the database fails
//     with "Column type 'name' could not be deserialized".
//  2. Shadow database: the upstream adapter drops the shadow database while its pool is still
//     connected ("is being accessed by other users") and never closes the pool it used to create
//     it. We close the shadow pool first, drop WITH (FORCE), then close the admin pool.
//  3. Migration scripts: upstream executeScript splits the script on every ';' (breaking
//     semicolons inside strings, function bodies, DO blocks) and sends the pieces to whichever
//     pool connection is free. We send the script as one simple-protocol query on one connection,
//     as the native engine does.
// Plain CommonJS on purpose: the root tsconfig type-checks **/*.ts against the root's Prisma 7
// packages, and this folder must keep working before its own node_modules exist.
"use strict";
const pg = require("pg");
const { PrismaPg } = require("@prisma/adapter-pg");

// char, name, int2vector, regproc, oidvector, pg_node_tree, aclitem, regclass, regtype,
// pg_ndistinct, pg_dependencies
const TEXTLIKE_CATALOG_OIDS = new Set([18, 19, 22, 24, 30, 194, 1033, 2205, 2206, 3361, 3402]);
const TEXT_OID = 25;

if (typeof pg.Client.prototype._handleRowDescription !== "function") {
  throw new Error("tools/prisma-migrate: pg.Client has no _handleRowDescription in this pg version; update pg-adapter.cjs");
}

/** A pg.Client that relabels catalog column types as `text` before results are built. */
class CatalogTextClient extends pg.Client {
  _handleRowDescription(msg) {
    for (const field of msg.fields) {
      if (TEXTLIKE_CATALOG_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
    return super._handleRowDescription(msg);
  }
}

/**
 * Separate connection fields (not a connectionString, which would override `database`) so that
 * switching to the shadow database really switches.
 * @param {string} url
 */
function poolConfigFromUrl(url) {
  const u = new URL(url);
  if (!/^postgres(ql)?:$/.test(u.protocol)) throw new Error(`DATABASE_URL must start with postgresql:// (got ${u.protocol}//)`);
  const sslmode = u.searchParams.get("sslmode");
  return {
    schema: u.searchParams.get("schema") || undefined,
    poolConfig: {
      host: decodeURIComponent(u.hostname) || u.searchParams.get("host") || "127.0.0.1",
      port: u.port ? Number(u.port) : 5432,
      user: decodeURIComponent(u.username) || "postgres",
      password: u.password ? decodeURIComponent(u.password) : undefined,
      database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
      ssl: sslmode && !["disable", "allow", "prefer"].includes(sslmode) ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
      Client: CatalogTextClient,
      allowExitOnIdle: true,
      idleTimeoutMillis: 1000,
      connectionTimeoutMillis: 10000,
    },
  };
}

const quoteIdent = (s) => `"${s.replace(/"/g, '""')}"`;

function withWholeScriptExecution(adapter) {
  const pool = adapter.underlyingDriver();
  adapter.executeScript = async (script) => {
    const client = await pool.connect().catch((e) => adapter.onError(e));
    try {
      await client.query(script);
      client.release();
    } catch (error) {
      client.release(error);
      adapter.onError(error); // the adapter's own error mapping; throws
    }
  };
  return adapter;
}

class MigratePgAdapterFactory extends PrismaPg {
  /** @param {string} url */
  constructor(url) {
    const { schema, poolConfig } = poolConfigFromUrl(url);
    super(poolConfig, schema ? { schema } : undefined);
    this.poolConfig = poolConfig;
    this.schemaOptions = schema ? { schema } : undefined;
  }

  async connect() {
    return withWholeScriptExecution(await super.connect());
  }

  async connectToShadowDb() {
    const admin = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replace(/-/g, "_")}`;
    await admin.executeScript(`CREATE DATABASE ${quoteIdent(database)}`);
    const shadow = withWholeScriptExecution(await new PrismaPg({ ...this.poolConfig, database }, this.schemaOptions).connect());
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      try {
        await disposeShadow();
        await admin.executeScript(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
      } finally {
        await admin.dispose();
      }
    };
    return shadow;
  }
}

module.exports = { MigratePgAdapterFactory, poolConfigFromUrl, CatalogTextClient };
