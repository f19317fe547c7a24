// What the fuzz suite attacks, found from the source tree and the build, so a new route handler,
// page or server action is fuzzed without anyone listing it.
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const APP = path.join(ROOT, "app");

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type RouteHandler = { template: string; methods: HttpMethod[] };
export type ServerAction = { id: string; name: string; pagePath: string };

function walk(dir: string, file: string, found: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, file, found);
    else if (entry.name === file) found.push(full);
  }
  return found;
}

/** "app/(auth)/login/page.tsx" -> "/login"; dynamic segments stay as "[id]", "[...slug]". */
function urlTemplate(file: string): string {
  const segments = path.relative(APP, path.dirname(file)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

export function discoverRouteHandlers(): RouteHandler[] {
  return walk(path.join(APP, "api"), "route.ts")
    .map((file) => {
      const source = fs.readFileSync(file, "utf8");
      const methods = new Set<HttpMethod>();
      for (const m of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1] as HttpMethod);
      for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
        for (const name of m[1].matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(name[1] as HttpMethod);
      }
      return { template: urlTemplate(file), methods: [...methods].sort() };
    })
    .filter((r) => r.methods.length > 0)
    .sort((a, b) => a.template.localeCompare(b.template));
}

export function discoverPages(): string[] {
  return walk(APP, "page.tsx").map(urlTemplate).sort();
}

/** Server actions of the production build the server runs (NEXT_DIST_DIR), each with a page that uses it. */
export function discoverServerActions(): ServerAction[] {
  const manifestFile = path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string; filename?: string }>;
  };
  return Object.entries(manifest.node).map(([id, action]) => {
    const page = Object.keys(action.workers).find((w) => w.endsWith("/page")) ?? Object.keys(action.workers)[0];
    const pagePath = `/${page.replace(/^app\//, "").replace(/\/?page$/, "")}`.replace(/\/\([^)]*\)/g, "") || "/";
    return { id, name: `${action.filename ?? "?"}#${action.exportedName ?? "?"}`, pagePath };
  });
}

/** Fills every dynamic segment of a template with `value` (already URL-encoded). */
export function fillTemplate(template: string, value: string): string {
  return template.replace(/\[\.\.\.[^\]]+\]|\[[^\]]+\]/g, value);
}
