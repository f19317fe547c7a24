/**
 * HTTP metrics of every Next.js process on this machine, added up. scripts/serve-web.ts runs
 * WEB_CONCURRENCY processes under node:cluster and a scrape reaches one of them, whose own registry
 * has only its share of the requests. So the process answering /api/metrics asks the cluster
 * primary, which asks every process for its metrics (prom-client's JSON form), waits up to
 * COLLECT_TIMEOUT_MS for them, adds them up (AggregatorRegistry.aggregate) and answers. A process
 * that has not loaded this module yet has served no route handler and has nothing to add.
 * Outside a cluster (next dev, tests) it is this process's registry.
 */
import cluster from "node:cluster";
import { randomUUID } from "node:crypto";
import { AggregatorRegistry, register, type MetricObjectWithValues, type MetricValue } from "prom-client";

const ASK_PRIMARY = "timetabler:metrics:ask";
const COLLECT = "timetabler:metrics:collect";
const COLLECTED = "timetabler:metrics:collected";
const ANSWER = "timetabler:metrics:answer";
const COLLECT_TIMEOUT_MS = 1_000;

type ProcessMetrics = MetricObjectWithValues<MetricValue<string>>[];
type Message = { type?: string; id?: string; metrics?: ProcessMetrics; text?: string };

/** In a cluster child: answers the primary's collection requests with this process's metrics. */
function answerCollections(): void {
  const flag = globalThis as unknown as { timetablerMetricsListener?: boolean };
  if (!cluster.isWorker || flag.timetablerMetricsListener) return;
  flag.timetablerMetricsListener = true;
  process.on("message", (message: Message) => {
    if (message?.type !== COLLECT) return;
    void register.getMetricsAsJSON().then((metrics) => process.send?.({ type: COLLECTED, id: message.id, metrics }));
  });
}
answerCollections();

/** The machine's web HTTP metrics in Prometheus text format. */
export function webProcessMetrics(): Promise<string> {
  if (!cluster.isWorker || !process.send) return register.metrics();
  const id = randomUUID();
  return new Promise((resolve) => {
    const fallback = setTimeout(() => finish(undefined), COLLECT_TIMEOUT_MS * 3);
    const onMessage = (message: Message) => {
      if (message?.type === ANSWER && message.id === id) finish(message.text);
    };
    const finish = (text: string | undefined) => {
      clearTimeout(fallback);
      process.off("message", onMessage);
      // The primary did not answer (an older serve-web.ts): this process's own metrics.
      resolve(text ?? register.metrics());
    };
    process.on("message", onMessage);
    process.send!({ type: ASK_PRIMARY, id });
  });
}

/** In the cluster primary (scripts/serve-web.ts): answers ASK_PRIMARY with every child's metrics added up. */
export function aggregateClusterMetrics(): void {
  cluster.on("message", (asker, message: Message) => {
    if (message?.type !== ASK_PRIMARY) return;
    const children = Object.values(cluster.workers ?? {}).filter((worker) => worker?.isConnected());
    const collected: ProcessMetrics[] = [];
    let pending = children.length;
    const done = () => {
      clearTimeout(timer);
      for (const child of children) child?.off("message", onCollected);
      const text = AggregatorRegistry.aggregate(collected).metrics();
      void text.then((body) => asker.isConnected() && asker.send({ type: ANSWER, id: message.id, text: body }));
    };
    const onCollected = (reply: Message) => {
      if (reply?.type !== COLLECTED || reply.id !== message.id || !reply.metrics) return;
      collected.push(reply.metrics);
      if (--pending === 0) done();
    };
    const timer = setTimeout(done, COLLECT_TIMEOUT_MS);
    for (const child of children) {
      child?.on("message", onCollected);
      child?.send({ type: COLLECT, id: message.id });
    }
  });
}
