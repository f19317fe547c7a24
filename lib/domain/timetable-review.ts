/**
 * A saved timetable as the review page shows it: the term's week, every entry with display names,
 * the batches, faculty and rooms it involves (for the picker), and the soft violations. Types only;
 * lib/server/timetables/get-timetable-for-review.ts reads it from the database.
 */

export interface ReviewEntry {
  id: string;
  offeringId: string;
  day: number; // ISO weekday
  period: number;
  length: number;
  subjectCode: string;
  subjectName: string;
  batchIds: string[];
  batchCodes: string[];
  facultyId: string | null;
  facultyName: string | null;
  roomId: string;
  roomCode: string;
}

export interface ReviewViolation {
  constraint: string;
  cost: number;
  message: string;
}

export interface TimetableForReview {
  id: string;
  name: string;
  status: "draft" | "published" | "archived";
  termId: string;
  termName: string;
  jobId: string | null;
  score: number;
  hardViolations: number;
  breakdown: Record<string, number>;
  createdAt: string;
  publishedAt: string | null;
  days: { day: number; label: string }[];
  periods: { index: number; startTime: string; endTime: string }[];
  entries: ReviewEntry[];
  batches: { id: string; label: string }[];
  faculty: { id: string; label: string }[];
  rooms: { id: string; label: string }[];
  violations: ReviewViolation[];
}
