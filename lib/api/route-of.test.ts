import { describe, expect, it } from "vitest";
import { routeOf } from "./route-of";

describe("routeOf", () => {
  it("replaces ids and tokens, keeping fixed segments and extensions", () => {
    expect(routeOf("/api/jobs/cmh3x9k2a0001qz8r7t6y5u4i")).toBe("/api/jobs/:id");
    expect(routeOf("/api/jobs/cmh3x9k2a0001qz8r7t6y5u4i/cancel")).toBe("/api/jobs/:id/cancel");
    expect(routeOf("/api/calendar/Xy_-0123456789abcdefghijklmnopqrstuvwxyzABCD.ics")).toBe("/api/calendar/:id.ics");
    expect(routeOf("/api/timetable.ics")).toBe("/api/timetable.ics");
    expect(routeOf("/api/import/rooms/template.csv")).toBe("/api/import/rooms/template.csv");
    expect(routeOf("/api/admin/queue/jobs/42/retry")).toBe("/api/admin/queue/jobs/:id/retry");
  });
});
