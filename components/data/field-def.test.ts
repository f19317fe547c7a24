import { describe, expect, it } from "vitest";
import { fieldErrorsFromDetails } from "@/lib/validation/field-errors";
import { toFormValues, type FieldDef } from "./field-def";

describe("toFormValues", () => {
  const fields: FieldDef[] = [
    { name: "capacity", label: "Capacity", kind: "number" },
    { name: "departmentId", label: "Department", kind: "select" },
    { name: "firstDay", label: "First day", kind: "date" },
    { name: "workingDays", label: "Working days", kind: "multiselect" },
    { name: "avoidBackToBack", label: "Avoid", kind: "checkbox" },
    { name: "missingList", label: "Batches", kind: "multiselect" },
  ];

  it("turns database values into what the inputs hold", () => {
    expect(
      toFormValues({ capacity: 120, departmentId: null, firstDay: new Date("2026-07-20T00:00:00Z"), workingDays: [1, 2], avoidBackToBack: true, ignored: "x" }, fields),
    ).toEqual({ capacity: "120", departmentId: "", firstDay: "2026-07-20", workingDays: ["1", "2"], avoidBackToBack: true, missingList: [] });
  });
});

describe("fieldErrorsFromDetails", () => {
  it("keeps the first message per field and ignores anything that is not a field error", () => {
    expect(
      fieldErrorsFromDetails([
        { path: "code", message: "is already in use" },
        { path: "code", message: "second" },
        { path: "", message: "whole form" },
        { row: 2, column: "x", message: "csv" },
      ]),
    ).toEqual({ code: "is already in use", _form: "whole form" });
    expect(fieldErrorsFromDetails(undefined)).toEqual({});
  });
});
