import "server-only";
import type { CsvEntity } from "@/lib/formats/csv/csv-entity-specs";
import type { RowWriter } from "./import-types";
import { writeBatchRows } from "./write-batch-rows";
import { writeDepartmentRows } from "./write-department-rows";
import { writeExtraOfferingRows } from "./write-extra-offering-rows";
import { writeFacultyRows } from "./write-faculty-rows";
import { writeFixedSlotRows } from "./write-fixed-slot-rows";
import { writeNonTeachingDayRows } from "./write-non-teaching-day-rows";
import { writeOfferingRows } from "./write-offering-rows";
import { writeRoomRows } from "./write-room-rows";
import { writeStudentRows } from "./write-student-rows";
import { writeSubjectRows } from "./write-subject-rows";

export const ROW_WRITERS: { [E in CsvEntity]: RowWriter<E> } = {
  departments: writeDepartmentRows,
  rooms: writeRoomRows,
  faculty: writeFacultyRows,
  subjects: writeSubjectRows,
  batches: writeBatchRows,
  offerings: writeOfferingRows,
  students: writeStudentRows,
  "extra-offerings": writeExtraOfferingRows,
  "fixed-slots": writeFixedSlotRows,
  "non-teaching-days": writeNonTeachingDayRows,
};
