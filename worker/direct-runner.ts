/**
 * Work without the queue: while this worker cannot reach Redis, it claims queued generations
 * straight from PostgreSQL (claimJobForDirectRun: row lock, SKIP LOCKED) and runs them here, with
 * progress and cancel through the rows exactly as under the queue (processSolveVariant, told it
 * holds the claim), then settles the job (finalizeJob). One job at a time per worker, its variants
 * side by side on the main thread (the solver yields to the event loop): degraded, not stopped.
 *
 * When Redis returns, the claim keeps the queue out: reconciliation does not enqueue a job a live
 * worker has claimed, and queue jobs of its variants wait for the claim to end, so nothing runs
 * twice. If this worker dies mid-run, its heartbeat goes stale and the claim with it: another worker
 * without Redis claims the job again, or the queue takes it over and clears the claim
 * (startJobUnlessHeld), after which no worker without Redis claims it.
 *
 * Worker deaths are bounded as under the queue: each variant counts its runs under a claim that
 * did not end (directRuns; a clean shutdown hands its run back uncounted), and a variant whose
 * workers died more than WORKER_MAX_STALLED_COUNT times is given up when its job is next claimed,
 * with the same message BullMQ's stall limit gets. Once any of a job's variants has died with its
 * worker, the job's variants run one at a time, so that a variant that crashes the process takes
 * down no other variant with it, and the others complete.
 */
import { UnrecoverableError, WaitingError } from "bullmq";
import { prisma } from "@/lib/db";
import { withLogContext } from "@/lib/log/log-context";
import { errorFields, log } from "@/lib/log/logger";
import { UNSETTLED_VARIANT_STATUSES } from "@/lib/domain/generation-status";
import { claimJobForDirectRun, finalizeJob, giveUpVariantsLostToDeaths, handBackDirectRun } from "@/lib/server/generation/job-lifecycle";
import { runVariant as realRunVariant } from "@/lib/server/generation/run-variant";
import { variantGivenUpMessage } from "./processors/explain-variant-failure";
import { processSolveVariant, type RunVariant, type SolveVariantJob } from "./processors/process-solve-variant";

export interface DirectRunner {
  /** Generation jobs this worker is running from PostgreSQL now (for its heartbeat). */
  activeJobIds: () => string[];
  /** Stops claiming, interrupts a running job (its claim goes stale with the heartbeat) and waits. */
  stop: () => Promise<void>;
}

export interface DirectRunnerOptions {
  workerId: string;
  /** True while this worker's Redis connection is down. */
  redisDown: () => boolean;
  /** WORKER_MAX_STALLED_COUNT: a variant is given up after this many worker deaths plus one. */
  maxDeaths: number;
  pollMs?: number;
  /** Tests pass a solver that crashes the process (a poison variant). */
  runVariant?: RunVariant;
}

export function startDirectRunner({ workerId, redisDown, maxDeaths, pollMs = 2_000, runVariant = realRunVariant }: DirectRunnerOptions): DirectRunner {
  let stopped = false;
  let running: { jobId: string; controller: AbortController; done: Promise<void> } | null = null;
  let timer: NodeJS.Timeout | undefined;

  const poll = async () => {
    if (stopped || running || !redisDown()) return;
    const jobId = await claimJobForDirectRun(workerId).catch((error: unknown) => {
      log.warn(errorFields(error), "could not claim a generation from PostgreSQL");
      return null;
    });
    if (!jobId || stopped) return;
    const controller = new AbortController();
    const done = withLogContext({ jobId }, () => runClaimedJob({ jobId, workerId, maxDeaths, runVariant, signal: controller.signal })).finally(() => {
      running = null;
      schedule(0); // the next one at once, if Redis is still down
    });
    running = { jobId, controller, done };
  };

  const schedule = (ms: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void poll().finally(() => running || schedule(pollMs)), ms);
  };
  schedule(pollMs);

  return {
    activeJobIds: () => (running ? [running.jobId] : []),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      const current = running;
      if (!current) return;
      current.controller.abort(new Error("the worker is shutting down"));
      await current.done;
    },
  };
}

interface ClaimedRun {
  jobId: string;
  workerId: string;
  maxDeaths: number;
  runVariant: RunVariant;
  signal: AbortSignal;
}

async function runClaimedJob({ jobId, workerId, maxDeaths, runVariant, signal }: ClaimedRun): Promise<void> {
  const givenUp = await giveUpVariantsLostToDeaths(jobId, maxDeaths, variantGivenUpMessage);
  for (const { variantIndex, deaths } of givenUp) {
    log.warn({ variant: variantIndex, deaths }, `variant given up: its worker died ${deaths} times running it (run from PostgreSQL)`);
  }
  const variants = await prisma.generationVariant.findMany({
    where: { jobId, status: { in: UNSETTLED_VARIANT_STATUSES } },
    select: { index: true, directRuns: true },
    orderBy: { index: "asc" },
  });
  // A variant that died with its worker before may be the one that kills it: one at a time from now on.
  const oneAtATime = variants.some((v) => v.directRuns > 0);
  log.info({ variants: variants.length, oneAtATime }, "Redis is down: running the generation straight from PostgreSQL");
  let interrupted = false;
  const run = ({ index }: { index: number }) =>
    withLogContext({ variant: index }, async () => {
      if (signal.aborted) {
        interrupted = true;
        return;
      }
      try {
        await processSolveVariant(directJob(jobId, index), undefined, signal, runVariant, workerId);
      } catch (error) {
        if (error instanceof WaitingError) interrupted = true;
        // processSolveVariant has settled the variant (FAILED) for anything else.
        else if (!(error instanceof UnrecoverableError)) log.error(errorFields(error), "variant failed (run from PostgreSQL)");
      }
    });
  if (oneAtATime) for (const variant of variants) await run(variant);
  else await Promise.all(variants.map(run));
  if (interrupted) {
    log.info("interrupted; the claim lapses with this worker's heartbeat and another worker takes the job");
    return;
  }
  const result = await finalizeJob(jobId, "Every variant failed");
  log.info({ status: result.status }, `finalized: ${result.status} (run from PostgreSQL)`);
}

/**
 * What processSolveVariant needs of a queue job, for a variant that has none: one attempt (a
 * failure is final; the registrar can request again), progress kept in the rows only, and
 * "hand back" meaning: uncount this run (it was interrupted, not killed) and leave the claim to lapse.
 */
function directJob(generationJobId: string, variantIndex: number): SolveVariantJob {
  return {
    id: `direct-${generationJobId}-v${variantIndex}`,
    data: { generationJobId, variantIndex },
    attemptsMade: 0,
    opts: { attempts: 1 },
    updateProgress: async () => {},
    moveToWait: () => handBackDirectRun({ generationJobId, variantIndex }),
  } as unknown as SolveVariantJob;
}
