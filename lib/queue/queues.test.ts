import { describe, expect, it } from "vitest";
import { readQueueConfig } from "@/lib/config";
import { ZSolveVariantPayloadSchema, finalizeJobId, solveVariantJobId } from "./queues";

describe("job ids", () => {
  it("are deterministic per generation and variant, and free of ':' (BullMQ rejects it)", () => {
    expect(solveVariantJobId("cjob1", 0)).toBe(solveVariantJobId("cjob1", 0));
    expect(solveVariantJobId("cjob1", 0)).not.toBe(solveVariantJobId("cjob1", 1));
    expect(finalizeJobId("cjob1")).not.toBe(finalizeJobId("cjob2"));
    for (const id of [solveVariantJobId("cjob1", 3), finalizeJobId("cjob1")]) expect(id).not.toContain(":");
  });
});

describe("solve-variant payload", () => {
  it("accepts ids and a variant index", () => {
    expect(ZSolveVariantPayloadSchema.parse({ generationJobId: "cjob1", variantIndex: 2 })).toEqual({ generationJobId: "cjob1", variantIndex: 2 });
  });

  it.each([{}, { generationJobId: "", variantIndex: 0 }, { generationJobId: "cjob1", variantIndex: -1 }, { generationJobId: "cjob1", variantIndex: 1.5 }])(
    "rejects %j",
    (payload) => {
      expect(ZSolveVariantPayloadSchema.safeParse(payload).success).toBe(false);
    },
  );
});

describe("queue settings", () => {
  it("defaults to the local Redis and the timetabler prefix", () => {
    expect(readQueueConfig({})).toEqual({ REDIS_URL: "redis://127.0.0.1:6379/0", BULLMQ_PREFIX: "timetabler" });
  });

  it("rejects a prefix containing ':'", () => {
    expect(() => readQueueConfig({ BULLMQ_PREFIX: "a:b" })).toThrow(/key separator/);
  });
});
