/**
 * What each importable entity's CSV looks like: its columns (in template order), the zod schema of
 * one row (built from the same field rules as the forms in lib/validation), the key that makes a
 * re-import update instead of duplicate, and the references each row makes to existing records.
 */
import { z } from "zod";
import {
  booleanField,
  code,
  emailField,
  intInRange,
  optionalIntInRange,
  optionalRoomTypeField,
  optionalText,
  requiredText,
  roomTypeField,
} from "@/lib/validation/fields";
import { nonTeachingDayRow, type NonTeachingDayCsvRow } from "./csv-calendar-rows";
import { codeList, optionalCode } from "./csv-cells";
import { extraOfferingRow, fixedSlotRow, type ExtraOfferingCsvRow, type FixedSlotCsvRow, type OfferingReferenceCells } from "./csv-schedule-rows";
import type { CsvColumn } from "./parse-csv-table";

export type { ExtraOfferingCsvRow, FixedSlotCsvRow } from "./csv-schedule-rows";

/** Kinds of existing record a row can name; checked against the database before importing. */
export type ReferenceKind = "department" | "faculty" | "student" | "batch" | "subject" | "term" | "room" | "facultyEmailFree" | "studentEmailFree";

export interface CsvReference {
  column: string;
  kind: ReferenceKind;
  value: string;
}

export interface CsvEntitySpec<Row> {
  entity: CsvEntity;
  label: string;
  columns: CsvColumn[];
  schema: z.ZodType<Row>;
  /** The column whose duplicates within one file are reported, and the key value of a row. */
  keyColumn: string;
  key: (row: Row) => string;
  references: (row: Row) => CsvReference[];
}

const departmentRow = z.object({ code: code(20), name: requiredText(120) });

const roomRow = z.object({
  code: code(40),
  building: requiredText(80),
  capacity: intInRange(1, 5000),
  type: roomTypeField(),
  department_code: optionalCode,
});

const facultyRow = z
  .object({
    email: emailField(),
    name: requiredText(120),
    title: optionalText(20),
    department_code: code(20),
    max_periods_per_day: optionalIntInRange(1, 24),
    max_periods_per_week: optionalIntInRange(1, 168),
    avoid_back_to_back: booleanField,
  })
  .transform((r) => ({ ...r, max_periods_per_day: r.max_periods_per_day ?? 4, max_periods_per_week: r.max_periods_per_week ?? 18 }));

const subjectRow = z
  .object({
    code: code(40),
    name: requiredText(160),
    department_code: code(20),
    credits: optionalIntInRange(0, 40),
    room_type: optionalRoomTypeField(),
  })
  .transform((r) => ({ ...r, credits: r.credits ?? 3, room_type: r.room_type ?? "LECTURE" }));

const batchRow = z.object({
  code: code(40),
  department_code: code(20),
  semester: intInRange(1, 20),
  size: intInRange(0, 5000),
});

const offeringRow = z
  .object({
    term: requiredText(120),
    subject_code: code(40),
    batch_codes: codeList,
    faculty_email: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), emailField().optional()).transform((v) => v ?? null),
    meetings_per_week: intInRange(1, 20),
    meeting_length: optionalIntInRange(1, 6),
    min_days: optionalIntInRange(1, 7),
    expected_size: optionalIntInRange(0, 5000),
    room_type: optionalRoomTypeField(),
  })
  .transform((r) => ({ ...r, meeting_length: r.meeting_length ?? 1, min_days: r.min_days ?? 1 }));

const studentRow = z.object({
  email: emailField(),
  name: requiredText(120),
  batch_code: code(40),
  roll_number: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), code(40).optional()).transform((v) => v ?? null),
});

export type DepartmentCsvRow = z.output<typeof departmentRow>;
export type RoomCsvRow = z.output<typeof roomRow>;
export type FacultyCsvRow = z.output<typeof facultyRow>;
export type SubjectCsvRow = z.output<typeof subjectRow>;
export type BatchCsvRow = z.output<typeof batchRow>;
export type OfferingCsvRow = z.output<typeof offeringRow>;
export type StudentCsvRow = z.output<typeof studentRow>;

const ref = (column: string, kind: ReferenceKind, value: string | null): CsvReference[] => (value ? [{ column, kind, value }] : []);
const col = (name: string, required: boolean, example: string): CsvColumn => ({ name, required, example });

/** The cells that name an offering (term, subject, batches): an offering's identity, and what it refers to. */
const offeringKey = (r: OfferingReferenceCells) => `${r.term}|${r.subject_code}|${[...r.batch_codes].sort().join(";")}`;
const offeringRefs = (r: OfferingReferenceCells): CsvReference[] => [
  ...ref("term", "term", r.term),
  ...ref("subject_code", "subject", r.subject_code),
  ...r.batch_codes.flatMap((c) => ref("batch_codes", "batch", c)),
];

export const CSV_ENTITY_SPECS = {
  departments: {
    entity: "departments",
    label: "Departments",
    columns: [col("code", true, "CSE"), col("name", true, "Computer Science and Engineering")],
    schema: departmentRow,
    keyColumn: "code",
    key: (r) => r.code,
    references: () => [],
  } satisfies CsvEntitySpec<DepartmentCsvRow>,
  rooms: {
    entity: "rooms",
    label: "Rooms",
    columns: [col("code", true, "LH-101"), col("building", true, "Main block"), col("capacity", true, "120"), col("type", true, "LECTURE"), col("department_code", false, "")],
    schema: roomRow,
    keyColumn: "code",
    key: (r) => r.code,
    references: (r) => ref("department_code", "department", r.department_code),
  } satisfies CsvEntitySpec<RoomCsvRow>,
  faculty: {
    entity: "faculty",
    label: "Faculty",
    columns: [
      col("email", true, "asha.rao@university.edu"),
      col("name", true, "Asha Rao"),
      col("title", false, "Dr"),
      col("department_code", true, "CSE"),
      col("max_periods_per_day", false, "4"),
      col("max_periods_per_week", false, "18"),
      col("avoid_back_to_back", false, "no"),
    ],
    schema: facultyRow,
    keyColumn: "email",
    key: (r) => r.email,
    references: (r) => [...ref("department_code", "department", r.department_code), ...ref("email", "facultyEmailFree", r.email)],
  } satisfies CsvEntitySpec<FacultyCsvRow>,
  subjects: {
    entity: "subjects",
    label: "Subjects",
    columns: [col("code", true, "CS301"), col("name", true, "Data Structures"), col("department_code", true, "CSE"), col("credits", false, "4"), col("room_type", false, "LECTURE")],
    schema: subjectRow,
    keyColumn: "code",
    key: (r) => r.code,
    references: (r) => ref("department_code", "department", r.department_code),
  } satisfies CsvEntitySpec<SubjectCsvRow>,
  batches: {
    entity: "batches",
    label: "Batches",
    columns: [col("code", true, "CSE-3A"), col("department_code", true, "CSE"), col("semester", true, "3"), col("size", true, "60")],
    schema: batchRow,
    keyColumn: "code",
    key: (r) => r.code,
    references: (r) => ref("department_code", "department", r.department_code),
  } satisfies CsvEntitySpec<BatchCsvRow>,
  offerings: {
    entity: "offerings",
    label: "Offerings",
    columns: [
      col("term", true, "2026-27 Odd semester"),
      col("subject_code", true, "CS301"),
      col("batch_codes", true, "CSE-3A; CSE-3B"),
      col("faculty_email", false, "asha.rao@university.edu"),
      col("meetings_per_week", true, "3"),
      col("meeting_length", false, "1"),
      col("min_days", false, "3"),
      col("expected_size", false, ""),
      col("room_type", false, ""),
    ],
    schema: offeringRow,
    // An offering has no code: the same subject for the same batches in the same term is the same offering.
    keyColumn: "subject_code",
    key: offeringKey,
    references: (r) => [...offeringRefs(r), ...ref("faculty_email", "faculty", r.faculty_email)],
  } satisfies CsvEntitySpec<OfferingCsvRow>,
  students: {
    entity: "students",
    label: "Students",
    columns: [col("email", true, "s.kumar@students.university.edu"), col("name", true, "S Kumar"), col("batch_code", true, "CSE-3A"), col("roll_number", false, "CSE23001")],
    schema: studentRow,
    keyColumn: "email",
    key: (r) => r.email,
    references: (r) => [...ref("batch_code", "batch", r.batch_code), ...ref("email", "studentEmailFree", r.email)],
  } satisfies CsvEntitySpec<StudentCsvRow>,
  "extra-offerings": {
    entity: "extra-offerings",
    label: "Students' extra offerings",
    columns: [
      col("student_email", true, "s.kumar@students.university.edu"),
      col("term", true, "2026-27 Odd semester"),
      col("subject_code", true, "CS301"),
      col("batch_codes", false, "CSE-3A; CSE-3B"),
    ],
    schema: extraOfferingRow,
    keyColumn: "subject_code",
    key: (r) => `${r.student_email}|${offeringKey(r)}`,
    references: (r) => [...ref("student_email", "student", r.student_email), ...offeringRefs(r)],
  } satisfies CsvEntitySpec<ExtraOfferingCsvRow>,
  "fixed-slots": {
    entity: "fixed-slots",
    label: "Fixed slots",
    columns: [
      col("term", true, "2026-27 Odd semester"),
      col("subject_code", true, "CS301"),
      col("batch_codes", false, "CSE-3A; CSE-3B"),
      col("meeting", false, "1"),
      col("day", true, "Mon"),
      col("start_time", true, "09:00"),
      col("room_code", false, "LH-101"),
    ],
    schema: fixedSlotRow,
    keyColumn: "subject_code",
    // A numbered meeting is pinned once; an unnumbered pin is one per day and start time.
    key: (r) => `${offeringKey(r)}|${r.meeting ?? `${r.day}@${r.start_time}`}`,
    references: (r) => [...offeringRefs(r), ...ref("room_code", "room", r.room_code)],
  } satisfies CsvEntitySpec<FixedSlotCsvRow>,
  "non-teaching-days": {
    entity: "non-teaching-days",
    label: "Non-teaching days",
    columns: [col("term", true, "2026-27 Odd semester"), col("first_day", true, "2026-11-09"), col("last_day", false, "2026-11-11"), col("label", true, "Diwali break")],
    schema: nonTeachingDayRow,
    keyColumn: "first_day",
    // One day or range per term: re-importing it updates its label.
    key: (r) => `${r.term}|${r.first_day}|${r.last_day}`,
    references: (r) => ref("term", "term", r.term),
  } satisfies CsvEntitySpec<NonTeachingDayCsvRow>,
};

export type CsvEntity = "departments" | "rooms" | "faculty" | "subjects" | "batches" | "offerings" | "students" | "extra-offerings" | "fixed-slots" | "non-teaching-days";
export type CsvRowOf<E extends CsvEntity> = z.output<(typeof CSV_ENTITY_SPECS)[E]["schema"]>;

export const CSV_ENTITIES = Object.keys(CSV_ENTITY_SPECS) as CsvEntity[];

export function isCsvEntity(value: string): value is CsvEntity {
  return (CSV_ENTITIES as string[]).includes(value);
}
