// Tells this process's view caches when the data behind timetable views has changed, wherever the
// change was made. Triggers on every table a view reads (migration
// 20261202000000_view_data_change_notifications) notify the PostgreSQL channel
// "timetable_view_data" when a writing transaction commits; each process LISTENs on one connection
// of its own and counts what it hears in a generation number. A cache keeps what it loaded only
// while the generation stays the same (bounded-cache.ts), so a publication, a renamed subject or a
// moved student reaches every web process on every machine within milliseconds, without any
// process having to ask the database "has anything changed?" on each request.
//
// While the listening connection is not up (starting, lost, or refused by a pooler that does not
// support LISTEN), isLive() is false and caches load every time: views are then slower, never
// stale. Losing or regaining the connection also moves the generation, since notifications may
// have been missed in between. A connection can also die without a word (a network partition, a
// pooler that accepts LISTEN but never delivers): every HEARTBEAT_MS the listener notifies itself
// and, unless it hears that back in time, treats the connection as lost.
import "server-only";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { databaseUrl } from "@/lib/db";
import { log } from "@/lib/log/logger";

export const VIEW_DATA_CHANNEL = "timetable_view_data";

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;
const HEARTBEAT_MS = 30_000;
const HEARTBEAT_TIMEOUT_MS = 5_000;
// Heartbeats go over the same channel as changes (that is what they check) but move no generation.
const HEARTBEAT_PREFIX = "heartbeat ";

// Names the listening connection in pg_stat_activity, so an operator can tell what it is.
const APPLICATION_NAME = "timetabler view-data listener";

export type ViewDataChangesOptions = {
  connectionString?: string;
  applicationName?: string;
  channel?: string;
  heartbeatMs?: number;
  heartbeatTimeoutMs?: number;
  log?: (message: string) => void;
};

export class ViewDataChanges {
  private generationNumber = 0;
  private live = false;
  private started = false;
  private stopped = false;
  private client: pg.Client | null = null;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: NodeJS.Timeout | null = null;
  private heartbeatTimer: NodeJS.Timeout | null = null;
  /** Heartbeats sent and not yet heard back, by their payload. */
  private readonly heartbeatsInFlight = new Map<string, () => void>();
  private readonly channel: string;

  constructor(private readonly options: ViewDataChangesOptions = {}) {
    this.channel = options.channel ?? VIEW_DATA_CHANNEL;
  }

  /** Whether changes are being heard, so that caching is safe. The first call starts listening. */
  isLive(): boolean {
    if (!this.started) this.start();
    return this.live;
  }

  /** Moves on every change heard, and whenever changes may have gone unheard. */
  generation(): number {
    return this.generationNumber;
  }

  /**
   * For the code that just committed a change: drops this process's cached views at once instead
   * of when its own notification arrives a moment later, so the request that published a timetable
   * and the next one it serves already show it. Other processes learn of it from the notification.
   */
  changedHere(): void {
    this.generationNumber++;
  }

  /** Stops listening for good (tests, shutdown). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.live = false;
    this.generationNumber++;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private start(): void {
    this.started = true;
    void this.connect();
  }

  private async connect(): Promise<void> {
    this.retryTimer = null;
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.options.connectionString ?? databaseUrl(),
      application_name: this.options.applicationName ?? APPLICATION_NAME,
    });
    this.client = client;
    client.on("notification", (message) => {
      if (message.channel !== this.channel) return;
      if (message.payload?.startsWith(HEARTBEAT_PREFIX)) this.heartbeatsInFlight.get(message.payload)?.();
      else this.generationNumber++;
    });
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client, null));
    try {
      await client.connect();
      // The connection only waits for notifications: it must not keep a script or test process
      // alive once everything else is done (pg has no public unref).
      (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
      await client.query(`LISTEN "${this.channel}"`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.client !== client) return;
    // Anything written before LISTEN took effect went unheard: start a new generation.
    this.generationNumber++;
    this.live = true;
    this.retryMs = FIRST_RETRY_MS;
    this.heartbeatTimer = setInterval(() => void this.heartbeat(client), this.options.heartbeatMs ?? HEARTBEAT_MS);
    this.heartbeatTimer.unref();
  }

  /** Notifies itself over the connection and waits to hear it back; lost() if it does not. */
  private async heartbeat(client: pg.Client): Promise<void> {
    const payload = `${HEARTBEAT_PREFIX}${randomUUID()}`;
    const timeoutMs = this.options.heartbeatTimeoutMs ?? HEARTBEAT_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        new Promise<void>((resolve) => {
          this.heartbeatsInFlight.set(payload, resolve);
          client.query("SELECT pg_notify($1, $2)", [this.channel, payload]).catch(() => {});
        }),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`own notification not heard back within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
    } catch (error) {
      this.lost(client, error);
    } finally {
      clearTimeout(timer);
      this.heartbeatsInFlight.delete(payload);
    }
  }

  private lost(client: pg.Client, error: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    this.live = false;
    this.generationNumber++;
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = null;
    client.end().catch(() => {});
    if (this.stopped) return;
    const reason = error instanceof Error ? error.message : "connection closed";
    this.options.log?.(`not listening for view data changes (${reason}); caching views off, retrying in ${this.retryMs / 1000} s`);
    this.retryTimer = setTimeout(() => void this.connect(), this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }
}

// One listener per process, shared by every view cache; kept across Next.js dev hot reloads, which
// re-evaluate this module (a new one each time would leak a connection).
const globalForViews = globalThis as unknown as { __timetablerViewDataChanges?: ViewDataChanges };

export const viewDataChanges: ViewDataChanges = (globalForViews.__timetablerViewDataChanges ??= new ViewDataChanges({
  log: (message) => log.warn({ component: "views" }, message),
}));
