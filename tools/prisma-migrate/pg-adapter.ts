// Driver adapter used by the Prisma 6.19.3 CLI (WebAssembly schema engine) to reach PostgreSQL.
// It is @prisma/adapter-pg@6.19.3 with three fixes:
//  1. Catalog types (prisma/orm#27403): PostgreSQL's internal text-like catalog types (name, char,
//     regclass, ...) are reported to the engine as `text`, otherwise describing the database fails
//     with "Column type 'name' could not be deserialized".
//  2. Shadow database: the upstream adapter drops the shadow database while its pool is still
//     connected and never closes the pool it used to create it. We close the shadow pool first,
//     drop WITH (FORCE), then close the admin pool.
//  3. Migration scripts: upstream executeScript splits the script on every ';' (breaking
//     semicolons inside strings, function bodies, DO blocks) and sends the pieces to arbitrary pool
//     connections. We send the script as one simple-protocol query on one connection, which is
//     what the native engine does.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

// OIDs of PostgreSQL's text-like internal types: char, name, int2vector, regproc, oidvector,
// pg_node_tree, aclitem, regclass, regtype, pg_ndistinct, pg_dependencies.
const TEXTLIKE_CATALOG_OIDS = new Set([18, 19, 22, 24, 30, 194, 1033, 2205, 2206, 3361, 3402]);
const TEXT_OID = 25;

type RowDescription = { fields: Array<{ dataTypeID: number }> };

/** A pg.Client that relabels catalog column types as `text` before results are built. */
class CatalogTextClient extends pg.Client {
  _handleRowDescription(msg: RowDescription) {
    for (const field of msg.fields) {
      if (TEXTLIKE_CATALOG_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
    // @ts-expect-error private method of pg.Client (pinned pg version, checked below)
    return super._handleRowDescription(msg);
  }
}
if (typeof (pg.Client.prototype as unknown as Record<string, unknown>)._handleRowDescription !== "function") {
  throw new Error("tools/prisma-migrate: pg.Client no longer has _handleRowDescription; update pg-adapter.ts for this pg version");
}

/** Separate connection fields (not a connectionString) so that `database` can be switched. */
export function poolConfigFromUrl(url: string): pg.PoolConfig & { schema?: string } {
  const u = new URL(url);
  if (!/^postgres(ql)?:$/.test(u.protocol)) throw new Error(`DATABASE_URL must start with postgresql:// (got ${u.protocol}//)`);
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(u.hostname) || u.searchParams.get("host") || "127.0.0.1",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || "postgres",
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
    ssl: sslmode && sslmode !== "disable" && sslmode !== "prefer" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
    schema: u.searchParams.get("schema") ?? undefined,
    Client: CatalogTextClient as unknown as typeof pg.Client,
    allowExitOnIdle: true,
    idleTimeoutMillis: 1_000,
    connectionTimeoutMillis: 10_000,
  };
}

const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function withWholeScriptExecution(adapter: Adapter): Adapter {
  const pool = adapter.underlyingDriver();
  adapter.executeScript = async (script: string) => {
    const client = await pool.connect();
    try {
      await client.query(script);
      client.release();
    } catch (error) {
      client.release(error as Error);
      // Reuse the adapter's own error mapping.
      (adapter as unknown as { onError(e: unknown): never }).onError(error);
    }
  };
  return adapter;
}

export class MigratePgAdapterFactory extends PrismaPg {
  private readonly poolConfig: pg.PoolConfig;

  constructor(url: string) {
    const { schema, ...poolConfig } = poolConfigFromUrl(url);
    super(poolConfig, schema ? { schema } : undefined);
    this.poolConfig = poolConfig;
  }

  override async connect() {
    return withWholeScriptExecution(await super.connect());
  }

  override async connectToShadowDb() {
    const admin = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replace(/-/g, "_")}`;
    await admin.executeScript(`CREATE DATABASE ${quoteIdent(database)}`);
    const shadowFactory = new PrismaPg({ ...this.poolConfig, database });
    const shadow = withWholeScriptExecution(await shadowFactory.connect());
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
