// Generated bad input: what an attacker or a careless client sends. Deterministic (a seeded
// generator), so a failure can be replayed.

/** mulberry32: a tiny seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Path segments (URL-encoded): control characters, unknown and malformed ids, huge and odd values. */
export const BAD_SEGMENTS = [
  "%00",
  "ab%00cd",
  "%0D%0ASet-Cookie:x=1",
  "%1B%5B31m",
  "no-such-id",
  "cl0000000000000000000000",
  "x".repeat(2_000),
  "..%2F..%2Fetc%2Fpasswd",
  "%E0%A4%A",
  "-1",
  "99999999999999999999999",
  "null",
  "%F0%9F%98%80",
  "'%20OR%201%3D1--",
  "rooms",
];

/** Query values (raw, URLSearchParams encodes them). */
export const BAD_QUERY_VALUES = [
  "\u0000",
  "a\u0000b",
  "\r\n",
  "\u001b",
  "",
  " ",
  "x".repeat(5_000),
  "-1",
  "0",
  "1e309",
  "99999999999999999999",
  "NaN",
  "[object Object]",
  "no-such-id",
  "me",
  "department",
  "commit",
  "../../etc/passwd",
  "😀",
  "%",
];

export const QUERY_KEYS = ["scope", "id", "termId", "timetableId", "mode", "q", "page", "entity", "from", "to", "base", "other"];

const FIELD_NAMES = ["termId", "variants", "secondsPerVariant", "departmentIds", "id", "name", "timetableId", "keep", "secondsLimit", "entryId", "day", "period", "roomId", "baseRevision", "operations"];

function deep(levels: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

const BAD_VALUES: unknown[] = [
  null,
  true,
  -1,
  0,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1e308,
  -1e308,
  0.5,
  "",
  "\u0000",
  "ab\u0000cd",
  "line\r\nbreak",
  "x".repeat(20_000),
  "1",
  "no-such-id",
  [],
  ["\u0000"],
  Array.from({ length: 2_000 }, (_, i) => `id-${i}`),
  {},
  { $gt: "" },
  deep(40),
];

/** JSON bodies: wrong types, huge and negative numbers, NUL, deep nesting, unknown ids. */
export function badJsonBodies(random: () => number, count: number): unknown[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const bodies: unknown[] = [null, [], {}, "just a string", 42, deep(2_000), BAD_VALUES];
  while (bodies.length < count) {
    const body: Record<string, unknown> = {};
    const fields = 1 + Math.floor(random() * 4);
    for (let i = 0; i < fields; i++) body[pick(FIELD_NAMES)] = pick(BAD_VALUES);
    if (random() < 0.2) body[`k\u0000${Math.floor(random() * 10)}`] = 1;
    bodies.push(body);
  }
  return bodies;
}

/** Raw bodies sent with a given content type: not JSON, empty, binary, oversized. */
export const RAW_BODIES: { label: string; body: string | Buffer; contentType?: string }[] = [
  { label: "empty JSON", body: "", contentType: "application/json" },
  { label: "truncated JSON", body: '{"termId":', contentType: "application/json" },
  { label: "JSON as text/plain", body: '{"termId":"x","variants":1,"secondsPerVariant":5}', contentType: "text/plain" },
  { label: "form-encoded", body: "termId=x&variants=1", contentType: "application/x-www-form-urlencoded" },
  { label: "junk multipart", body: "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\u0000\r\n--x--", contentType: "multipart/form-data; boundary=x" },
  { label: "binary", body: Buffer.from([0, 255, 254, 0, 1, 2, 3, 0xc3, 0x28]), contentType: "application/octet-stream" },
  { label: "CSV with NUL", body: "code,building\nA\u0000,B\n", contentType: "text/csv" },
  { label: "CSV with formulas", body: "code,building,capacity,type\n=1+1,\"@x\n\",-5,LAB\n", contentType: "text/csv" },
  { label: "3 MB", body: "a,".repeat(1_500_000), contentType: "text/csv" },
  { label: "no content type", body: "{}" },
];

/** Origins a state-changing request may arrive with; only the first two are ours (or no browser). */
export function originsFor(baseURL: string): (string | null)[] {
  return [baseURL, null, "http://localhost:8081", "null", "https://evil.example"];
}
