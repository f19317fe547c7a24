// Row counts and content checksums of the database, to prove a rejected request wrote nothing.
import pg from "pg";

// Written by requests that are allowed to write whatever their answer (sign-in attempts, sessions,
// the worker's heartbeat) or by the few fuzz requests that succeed (a calendar feed token).
const VOLATILE_TABLES = new Set(["_prisma_migrations", "LoginThrottle", "UserSession", "WorkerHeartbeat", "CalendarToken"]);

// Rows written by those successful requests, left out of the checksums: their audit entries.
const VOLATILE_ROWS: Record<string, string> = { AuditLog: `WHERE t.entity <> 'CalendarToken'` };

export class DatabaseState {
  private tables: string[] = [];

  private constructor(private readonly client: pg.Client) {}

  static async connect(): Promise<DatabaseState> {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const state = new DatabaseState(client);
    const { rows } = await client.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`);
    state.tables = rows.map((r) => r.name).filter((name) => !VOLATILE_TABLES.has(name));
    return state;
  }

  /** Rows per table, in one round trip. */
  async counts(): Promise<Record<string, number>> {
    const columns = this.tables.map((t, i) => `(SELECT count(*) FROM "${t}")::int AS c${i}`).join(", ");
    const { rows } = await this.client.query(`SELECT ${columns}`);
    return Object.fromEntries(this.tables.map((t, i) => [t, rows[0][`c${i}`] as number]));
  }

  /** An md5 of every row of every table (ordered), per table: any change of content shows. */
  async checksums(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const table of this.tables) {
      const { rows } = await this.client.query(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${table}" t ${VOLATILE_ROWS[table] ?? ""}`);
      out[table] = rows[0].sum;
    }
    return out;
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

/** Tables whose row count differs, as "Table: before -> after". */
export function countDifferences(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys(before)
    .filter((t) => before[t] !== after[t])
    .map((t) => `${t}: ${before[t]} -> ${after[t]}`);
}
