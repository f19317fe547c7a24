// A solve-variant processor that never yields and ignores its AbortSignal: it stands in for a
// solver stuck in a long synchronous step, which only ending its thread can stop. It writes
// nothing, so the variant stays PENDING until a real worker solves it.
export default async function stubbornSolver(job) {
  console.log(`[stubborn solver] job ${job.id} started`);
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    // Busy on purpose: the thread cannot even receive BullMQ's cancel message.
  }
  return { status: "completed" };
}
