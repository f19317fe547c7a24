/**
 * The simulated users of a cluster benchmark run: registrars who request a generation, wait for it
 * to finish (polling its status like the page does) and request the next; and viewers who read
 * personal timetables, .ics downloads and calendar feeds with a think time between requests. Web
 * processes are picked round-robin, as a load balancer would.
 */

export interface ViewStats {
  latencies: number[];
  errors: number;
  byKind: Record<string, number>;
}



const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let nextWeb = 0;
const pickWeb = (urls: string[]) => urls[nextWeb++ % urls.length];

export interface RegistrarOptions {
  webUrls: string[];
  cookie: string;
  termId: string;
  departmentIds: string[];
  variants: number;
  secondsPerVariant: number;
  until: number;
  submitted: string[];
  submitErrors: { count: number };
}

/** One registrar: request, wait for the end, request again, until `until`. */
export async function runRegistrar(index: number, o: RegistrarOptions): Promise<void> {
  await sleep(index * 300); // not all at the same millisecond
  while (Date.now() < o.until) {
    const departmentIds = [o.departmentIds[index % o.departmentIds.length]];
    const response = await fetch(`${pickWeb(o.webUrls)}/api/jobs`, {
      method: "POST",
      headers: { Cookie: o.cookie, "Content-Type": "application/json" },
      body: JSON.stringify({ termId: o.termId, departmentIds, variants: o.variants, secondsPerVariant: o.secondsPerVariant }),
    }).catch(() => null);
    if (!response || response.status !== 201) {
      o.submitErrors.count++;
      await sleep(1_000);
      continue;
    }
    const { id } = (await response.json()) as { id: string };
    o.submitted.push(id);
    for (;;) {
      await sleep(1_000);
      const status = await fetch(`${pickWeb(o.webUrls)}/api/jobs/${id}`, { headers: { Cookie: o.cookie } })
        .then((r) => (r.ok ? (r.json() as Promise<{ status: string }>) : null))
        .catch(() => null);
      if (status && !["queued", "running"].includes(status.status)) break;
    }
  }
}

export interface ViewerTarget {
  kind: string;
  path: string;
  cookie?: string;
}

/** One viewer: a request, a think time (thinkMs on average), again, until `until`. */
export async function runViewer(index: number, webUrls: string[], targets: ViewerTarget[], thinkMs: number, until: number, stats: ViewStats): Promise<void> {
  await sleep(Math.random() * thinkMs);
  let n = index;
  while (Date.now() < until) {
    const target = targets[n++ % targets.length];
    const started = performance.now();
    try {
      const response = await fetch(`${pickWeb(webUrls)}${target.path}`, {
        headers: target.cookie ? { Cookie: target.cookie } : {},
        signal: AbortSignal.timeout(30_000),
      });
      await response.arrayBuffer();
      if (response.status !== 200) stats.errors++;
    } catch {
      stats.errors++;
    }
    stats.latencies.push(performance.now() - started);
    stats.byKind[target.kind] = (stats.byKind[target.kind] ?? 0) + 1;
    await sleep(thinkMs * (0.5 + Math.random()));
  }
}
