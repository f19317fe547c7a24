/**
 * The demo university as plain rows, shaped like the Prisma createMany inputs (ids included, so rows
 * can reference each other before anything is written). Days are ISO weekdays, periods 0-based, as
 * in prisma/schema.prisma.
 */
import type { Role, RoomType, SlotPreference } from "@/lib/generated/prisma/enums";

export interface DemoTerm {
  id: string;
  name: string;
  academicYear: string;
  semester: string;
  firstDay: Date;
  lastDay: Date;
  timezone: string;
  workingDays: number[];
}

export interface DemoPeriod { id: string; termId: string; index: number; startTime: string; endTime: string }
export interface DemoDepartment { id: string; code: string; name: string }
export interface DemoRoom { id: string; code: string; building: string; capacity: number; type: RoomType; departmentId: string | null }
export interface DemoRoomUnavailability { id: string; roomId: string; day: number; period: number }
/** A user without a password hash: the loader hashes the demo password once and gives it to all. */
export interface DemoUser { id: string; email: string; name: string; role: Role; departmentId: string | null }
export interface DemoFacultyProfile {
  id: string;
  userId: string;
  departmentId: string;
  title: string | null;
  maxPeriodsPerDay: number;
  maxPeriodsPerWeek: number;
  avoidBackToBack: boolean;
}
export interface DemoFacultySlot { id: string; facultyId: string; day: number; period: number; preference: SlotPreference }
export interface DemoStudentProfile { id: string; userId: string; batchId: string; rollNumber: string }
export interface DemoStudentExtraOffering { studentId: string; offeringId: string }
export interface DemoSubject { id: string; code: string; name: string; departmentId: string; credits: number; roomType: RoomType }
export interface DemoBatch { id: string; code: string; departmentId: string; semesterNumber: number; size: number }
export interface DemoOffering {
  id: string;
  termId: string;
  subjectId: string;
  facultyId: string | null;
  meetingsPerWeek: number;
  meetingLength: number;
  minDays: number;
  expectedSize: number | null;
  roomType: RoomType | null;
}
export interface DemoOfferingBatch { offeringId: string; batchId: string }
export interface DemoFixedSlot {
  id: string;
  termId: string;
  offeringId: string;
  meetingIndex: number | null;
  day: number;
  period: number;
  roomId: string | null;
}

/** One meeting of the planted (known-valid) timetable. */
export interface DemoPlacement {
  offeringId: string;
  meetingIndex: number;
  /** ISO weekday. */
  day: number;
  period: number;
  length: number;
  roomId: string;
}

export interface DemoAccounts {
  admin: string;
  registrar: string;
  hodCse: string;
  hodEce: string;
  faculty: string;
  student: string;
}

export interface DemoNonTeachingDay {
  id: string;
  termId: string;
  firstDay: Date;
  lastDay: Date;
  label: string;
}

export interface DemoUniversity {
  term: DemoTerm;
  nonTeachingDays: DemoNonTeachingDay[];
  periods: DemoPeriod[];
  departments: DemoDepartment[];
  rooms: DemoRoom[];
  roomUnavailability: DemoRoomUnavailability[];
  users: DemoUser[];
  facultyProfiles: DemoFacultyProfile[];
  facultySlots: DemoFacultySlot[];
  subjects: DemoSubject[];
  batches: DemoBatch[];
  studentProfiles: DemoStudentProfile[];
  offerings: DemoOffering[];
  offeringBatches: DemoOfferingBatch[];
  studentExtraOfferings: DemoStudentExtraOffering[];
  fixedSlots: DemoFixedSlot[];
  plantedTimetable: DemoPlacement[];
  accounts: DemoAccounts;
}
