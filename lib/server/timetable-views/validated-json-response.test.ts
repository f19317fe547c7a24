import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/domain/app-error";
import { log } from "@/lib/log/logger";
import { ZTimetableViewRowSchema } from "./timetable-view.types";
import { validatedJsonResponse } from "./validated-json-response";

const row = {
  offeringId: "o1",
  meetingIndex: 0,
  day: 1,
  dayName: "Monday",
  period: 0,
  length: 1,
  startTime: "09:00",
  endTime: "09:50",
  subjectCode: "CS301",
  subjectName: "Data Structures",
  batchCodes: ["CSE-3A"],
  facultyName: null,
  roomCode: "LH-101",
};

describe("validatedJsonResponse", () => {
  it("sends a body that matches its schema", async () => {
    const response = validatedJsonResponse(ZTimetableViewRowSchema, row);
    expect(await response.json()).toEqual(row);
  });

  it("turns a body that does not match (e.g. a raw-SQL count as a string) into an internal error", () => {
    const logError = vi.spyOn(log, "error").mockImplementation(() => {});
    expect(() => validatedJsonResponse(ZTimetableViewRowSchema, { ...row, day: "1" })).toThrow(AppError);
    expect(logError).toHaveBeenCalledWith({ error: expect.stringContaining("day") }, expect.stringContaining("schema"));
    logError.mockRestore();
  });
});

describe("validatedJsonResponse on a body answered before", () => {
  it("checks and serialises a shared body once, and a body of another schema again", async () => {
    const body = { ...row };
    const parse = vi.spyOn(ZTimetableViewRowSchema, "safeParse");
    const first = validatedJsonResponse(ZTimetableViewRowSchema, body, { headers: { "Cache-Control": "no-store" } });
    const second = validatedJsonResponse(ZTimetableViewRowSchema, body);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(await second.json()).toEqual(await first.json());
    expect(first.headers.get("content-type")).toBe("application/json");
    expect(first.headers.get("cache-control")).toBe("no-store");
    parse.mockRestore();

    const logError = vi.spyOn(log, "error").mockImplementation(() => {});
    const stricter = ZTimetableViewRowSchema.extend({ extra: z.string() });
    expect(() => validatedJsonResponse(stricter, body)).toThrow(AppError);
    logError.mockRestore();
  });
});
