import { describe, expect, it } from "vitest";
import { itcBuilding, itcCode, itcCodePrefix, itcDepartmentCode, itcIdOf, itcPeriodTimes, itcTeacherEmail } from "./itc-codes";

describe("ITC codes", () => {
  it("prefixes ids with a code-safe instance name and strips it back", () => {
    expect(itcCodePrefix("Fis0506-1")).toBe("Fis0506-1:");
    expect(itcCode("Test instance #2", "c0001")).toBe("Test-instance-2:c0001");
    expect(itcIdOf("Test instance #2", "Test-instance-2:c0001")).toBe("c0001");
    expect(itcIdOf("Fis0506-1", "Fis0506-2:c0001")).toBeNull();
    expect(itcIdOf("Fis0506-1", "LH-101")).toBeNull();
  });

  it("names the instance's own department and building after it", () => {
    expect(itcDepartmentCode("Test instance #2")).toBe("ITC-Test-instance-2");
    expect(itcBuilding("Fis0506-1")).toBe("ITC-2007 Fis0506-1");
  });

  it("gives teachers unique reserved-domain emails per instance", () => {
    expect(itcTeacherEmail("Fis0506-1", "t000")).toBe("t000@fis0506-1.itc.invalid");
    expect(itcTeacherEmail("Fis0506-2", "t000")).not.toBe(itcTeacherEmail("Fis0506-1", "t000"));
  });

  it("numbers one-hour periods from 08:00 without breaks", () => {
    expect(itcPeriodTimes(3)).toEqual([
      { startTime: "08:00", endTime: "09:00" },
      { startTime: "09:00", endTime: "10:00" },
      { startTime: "10:00", endTime: "11:00" },
    ]);
  });
});
