/**
 * Codes of an imported ITC-2007 instance. Rooms, subjects and batches have institution-wide
 * unique codes, while every ITC instance reuses ids like "c0001" and room "B", so each code is the
 * instance's name plus ":" plus the ITC id, and the export strips that prefix again. Pure.
 */
import "server-only";

/** Imported terms carry this academic year, which is how the ITC pages find them. */
export const ITC_ACADEMIC_YEAR = "ITC-2007";

/** "Fis0506-1" -> "Fis0506-1:"; characters a code may not hold become "-". */
export function itcCodePrefix(instanceName: string): string {
  return `${instanceName.trim().replace(/[^A-Za-z0-9._-]+/g, "-")}:`;
}

export function itcCode(instanceName: string, itcId: string): string {
  return `${itcCodePrefix(instanceName)}${itcId}`;
}

/** The ITC id of a code made by itcCode, or null when the code does not belong to that instance. */
export function itcIdOf(instanceName: string, code: string): string | null {
  const prefix = itcCodePrefix(instanceName);
  return code.startsWith(prefix) ? code.slice(prefix.length) : null;
}

/** Faculty are users and need an email: a reserved .invalid domain, so no mail is ever sent. */
export function itcTeacherEmail(instanceName: string, teacherId: string): string {
  const domain = itcCodePrefix(instanceName).slice(0, -1).toLowerCase().replace(/[^a-z0-9-]+/g, "-");
  return `${teacherId.toLowerCase()}@${domain}.itc.invalid`;
}

/** ITC periods are numbered only; give them one-hour times from 08:00 so the grid reads naturally. */
export function itcPeriodTimes(periodsPerDay: number): { startTime: string; endTime: string }[] {
  const hhmm = (hour: number) => `${String(hour).padStart(2, "0")}:00`;
  return Array.from({ length: periodsPerDay }, (_, i) => ({ startTime: hhmm(8 + i), endTime: hhmm(9 + i) }));
}

/** The department an imported instance's records belong to, its own: "ITC-Fis0506-1". */
export function itcDepartmentCode(instanceName: string): string {
  return `ITC-${itcCodePrefix(instanceName).slice(0, -1)}`;
}

/** The building its rooms are in, named so no one takes it for a real one: "ITC-2007 Fis0506-1". */
export function itcBuilding(instanceName: string): string {
  return `ITC-2007 ${instanceName.trim()}`;
}
