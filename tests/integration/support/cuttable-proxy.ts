/**
 * A TCP proxy in front of Redis that a test can cut and restore: a network outage for the clients
 * that connect through it, while the Redis server itself (shared with other tests) stays up.
 */
import { once } from "node:events";
import { createConnection, createServer, type Server, type Socket } from "node:net";

export interface CuttableProxy {
  readonly port: number;
  /** How many times the proxy has been cut so far (by cut() or a cutOnCommand trigger). */
  readonly cuts: number;
  /** Destroys every open connection and refuses new ones, as a Redis restart does, until restore(). */
  cut(): Promise<void>;
  restore(): Promise<void>;
  /**
   * Cuts the moment a client sends, on one connection, its `nth` command named `command` (case-insensitive),
   * before Redis receives it. Fires once.
   */
  cutOnCommand(command: string, nth: number): void;
  close(): Promise<void>;
}

export async function startCuttableProxy(target: { host: string; port: number }): Promise<CuttableProxy> {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  let cuts = 0;
  let trigger: { pattern: RegExp; nth: number } | null = null;

  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };

  const relay = (client: Socket) => {
    const upstream = createConnection(target);
    track(client);
    track(upstream);
    let seen = 0;
    client.on("data", (chunk: Buffer) => {
      if (trigger) {
        // A RESP command is an array whose first element is the command name: *<n>\r\n$<len>\r\n<name>\r\n
        seen += chunk.toString("latin1").match(trigger.pattern)?.length ?? 0;
        if (seen >= trigger.nth) {
          trigger = null;
          void cut();
          return;
        }
      }
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  };

  const listen = async () => {
    const listening = createServer(relay);
    // The same port every time: the clients under test reconnect to the address they were given.
    listening.listen(port, "127.0.0.1");
    await once(listening, "listening");
    const address = listening.address();
    port = typeof address === "object" && address ? address.port : 0;
    server = listening;
  };

  const cut = async () => {
    cuts += 1;
    const closing = server;
    server = null;
    for (const socket of sockets) socket.destroy();
    if (closing) await new Promise((resolve) => closing.close(resolve));
  };

  await listen();
  return {
    port,
    get cuts() {
      return cuts;
    },
    cut,
    restore: async () => {
      trigger = null;
      if (!server) await listen();
    },
    cutOnCommand: (command, nth) => {
      trigger = { pattern: new RegExp(`\\*\\d+\\r\\n\\$${command.length}\\r\\n${command}\\r\\n`, "gi"), nth };
    },
    close: async () => {
      trigger = null;
      await cut();
    },
  };
}
