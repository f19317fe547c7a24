import { describe, expect, it } from "vitest";
import { STALLED_TOO_OFTEN_REASON, solveVariantJobId } from "@/lib/queue/queues";
import { explainVariantFailure } from "./explain-variant-failure";

const childKey = (variantIndex: number) => `tt-prefix:solve-variant:${solveVariantJobId("cjob1", variantIndex)}`;

describe("explainVariantFailure", () => {
  it("names the variant (1-based) and how many worker deaths gave it up", () => {
    expect(explainVariantFailure(childKey(1), STALLED_TOO_OFTEN_REASON, 8)).toEqual({
      variantIndex: 1,
      lostToWorkerDeaths: true,
      message:
        "Variant 2 was given up: the worker solving it stopped 9 times before it finished (killed, out of memory or crashed). " +
        "If no worker was being stopped, its data may crash the solver.",
    });
  });

  it("passes any other reason on, naming the variant", () => {
    expect(explainVariantFailure(childKey(0), "Redis went away", 8)).toEqual({ variantIndex: 0, lostToWorkerDeaths: false, message: "Variant 1 failed: Redis went away" });
  });

  it("still says something for a key that names no variant", () => {
    expect(explainVariantFailure("tt-prefix:solve-variant:other", "boom", 2).message).toBe("A variant failed: boom");
  });
});
