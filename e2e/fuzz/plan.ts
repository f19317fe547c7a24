// Turns what discover.ts found into concrete bad requests, per role.
import { BAD_QUERY_VALUES, BAD_SEGMENTS, QUERY_KEYS, RAW_BODIES, badJsonBodies, originsFor, seededRandom } from "./bad-inputs";
import { fillTemplate, type HttpMethod, type RouteHandler, type ServerAction } from "./discover";

export type FuzzRequest = {
  label: string;
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** An /api route handler (answers JSON errors), as opposed to a page or a server action. */
  api: boolean;
};

const SAFE = new Set<HttpMethod>(["GET"]);

export function isWrite(request: FuzzRequest): boolean {
  return !SAFE.has(request.method);
}

function badQuery(random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const params = new URLSearchParams();
  const n = 1 + Math.floor(random() * 3);
  for (let i = 0; i < n; i++) params.append(pick(QUERY_KEYS), pick(BAD_QUERY_VALUES));
  return params.toString();
}

/** `perRoute` bad requests for every method of every route handler. */
/** `bigBodies`: also send each write a 3 MB body once (costly: one role is enough). */
export function planRouteHandlers(routes: RouteHandler[], baseURL: string, perRoute: number, seed: number, bigBodies: boolean): FuzzRequest[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const bodies = badJsonBodies(random, 200);
  const origins = originsFor(baseURL);
  const out: FuzzRequest[] = [];
  for (const route of routes) {
    const dynamic = route.template.includes("[");
    for (const method of route.methods) {
      for (let i = 0; i < perRoute; i++) {
        // The first request of each route uses a plausible but unknown id, the rest anything bad.
        const segment = !dynamic ? "" : i === 0 ? "no-such-id" : pick(BAD_SEGMENTS);
        let path = dynamic ? fillTemplate(route.template, segment) : route.template;
        if (route.template.endsWith("[token]")) path += ".ics";
        const query = i % 3 === 0 ? "" : `?${badQuery(random)}`;
        const headers: Record<string, string> = {};
        let body: string | Buffer | undefined;
        let what = `${method} ${route.template}`;
        if (!SAFE.has(method)) {
          const origin = pick(origins);
          if (origin !== null) headers.Origin = origin;
          if (i % 4 === 1) {
            const raw = i === 1 && bigBodies ? RAW_BODIES.find((b) => b.label === "3 MB")! : pick(RAW_BODIES.filter((b) => b.label !== "3 MB"));
            body = raw.body;
            if (raw.contentType) headers["Content-Type"] = raw.contentType;
            what += ` (${raw.label})`;
          } else {
            body = JSON.stringify(pick(bodies));
            headers["Content-Type"] = "application/json";
          }
        }
        out.push({ label: what, method, url: `${path}${query}`, headers, body, api: true });
      }
    }
  }
  return out;
}

/** `perPage` GETs of every page with bad query values and bad dynamic segments. */
export function planPages(pages: string[], perPage: number, seed: number): FuzzRequest[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const out: FuzzRequest[] = [];
  for (const page of pages) {
    for (let i = 0; i < perPage; i++) {
      const path = page.includes("[") ? fillTemplate(page, i === 0 ? "no-such-id" : pick(BAD_SEGMENTS)) : page;
      out.push({ label: `GET page ${page}`, method: "GET", url: `${path}?${badQuery(random)}`, headers: {}, api: false });
    }
  }
  return out;
}

/**
 * `perAction` calls of every server action the way React sends them (POST to a page with the
 * Next-Action header and the arguments as JSON), with bad arguments and malformed payloads.
 */
export function planServerActions(actions: ServerAction[], baseURL: string, perAction: number, seed: number, bigBodies: boolean): FuzzRequest[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const bodies = badJsonBodies(random, 100);
  const malformed = [
    { label: "invalid JSON", body: "[{", type: "text/plain;charset=UTF-8" },
    { label: "empty body", body: "", type: "text/plain;charset=UTF-8" },
    { label: "junk multipart", body: "--x\r\njunk\r\n--x--", type: "multipart/form-data; boundary=x" },
    { label: "over 1 MB", body: JSON.stringify(["x".repeat(1_100_000)]), type: "text/plain;charset=UTF-8" },
  ].filter((m) => bigBodies || m.label !== "over 1 MB");
  const out: FuzzRequest[] = [];
  for (const action of actions) {
    for (let i = 0; i < perAction; i++) {
      const headers: Record<string, string> = { "Next-Action": action.id, Accept: "text/x-component", Origin: baseURL };
      let body: string;
      let label = `action ${action.name}`;
      if (i < malformed.length) {
        body = malformed[i].body;
        headers["Content-Type"] = malformed[i].type;
        label += ` (${malformed[i].label})`;
      } else {
        body = JSON.stringify([pick(bodies)]);
        headers["Content-Type"] = "text/plain;charset=UTF-8";
      }
      out.push({ label, method: "POST", url: fillTemplate(action.pagePath, "no-such-id"), headers, body, api: false });
    }
  }
  return out;
}
