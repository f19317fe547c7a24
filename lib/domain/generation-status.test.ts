import { describe, expect, it } from "vitest";
import { ZCreateJobRequestSchema } from "@/app/api/jobs/route.types";
import {
  JOB_STATUS_VIEWS,
  UNSETTLED_JOB_STATUSES,
  UNSETTLED_VARIANT_STATUSES,
  VARIANT_STATUS_VIEWS,
  jobStatusesBefore,
  variantStatusesBefore,
} from "./generation-status";

describe("generation statuses", () => {
  it("lists the Prisma enums' values in the API's lower case", () => {
    expect(JOB_STATUS_VIEWS).toEqual(["queued", "running", "completed", "failed", "cancelled"]);
    expect(VARIANT_STATUS_VIEWS).toEqual(["pending", "running", "completed", "failed", "cancelled"]);
  });

  it("derives where each transition may start from the one table", () => {
    expect(jobStatusesBefore("RUNNING")).toEqual(["QUEUED"]);
    expect(jobStatusesBefore("COMPLETED")).toEqual(["RUNNING"]);
    expect(jobStatusesBefore("CANCELLED")).toEqual(["QUEUED", "RUNNING"]);
    expect(jobStatusesBefore("QUEUED")).toEqual([]);
    expect(variantStatusesBefore("RUNNING")).toEqual(["PENDING", "RUNNING"]);
    expect(variantStatusesBefore("COMPLETED")).toEqual(["RUNNING"]);
    expect(UNSETTLED_JOB_STATUSES).toEqual(["QUEUED", "RUNNING"]);
    expect(UNSETTLED_VARIANT_STATUSES).toEqual(["PENDING", "RUNNING"]);
  });
});

describe("generation limits", () => {
  it("refuses sizes outside 1-5 variants and 5-600 seconds, naming the field", () => {
    const base = { termId: "t1", variants: 3, secondsPerVariant: 60 };
    expect(ZCreateJobRequestSchema.safeParse(base).success).toBe(true);
    for (const [field, value] of [["variants", 0], ["variants", 6], ["secondsPerVariant", 4], ["secondsPerVariant", 601]] as const) {
      const parsed = ZCreateJobRequestSchema.safeParse({ ...base, [field]: value });
      expect(parsed.error?.issues[0]).toMatchObject({ path: [field], message: expect.stringMatching(/^must be between/) });
    }
  });
});
