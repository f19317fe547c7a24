/**
 * Offering rows. An offering has no code, so its key is (term, subject, set of batches): a row
 * naming the same subject for the same batches in the same term updates that offering.
 */
import "server-only";
import type { RowWriter } from "./import-types";

const keyOf = (termId: string, subjectId: string, batchIds: string[]) => `${termId}|${subjectId}|${[...batchIds].sort().join(";")}`;

export const writeOfferingRows: RowWriter<"offerings"> = async (tx, rows) => {
  const terms = new Map((await tx.term.findMany({ where: { name: { in: [...new Set(rows.map((r) => r.term))] } }, select: { id: true, name: true } })).map((t) => [t.name, t.id]));
  const subjects = new Map((await tx.subject.findMany({ where: { code: { in: [...new Set(rows.map((r) => r.subject_code))] } }, select: { id: true, code: true } })).map((s) => [s.code, s.id]));
  const batches = new Map((await tx.batch.findMany({ where: { code: { in: [...new Set(rows.flatMap((r) => r.batch_codes))] } }, select: { id: true, code: true } })).map((b) => [b.code, b.id]));
  const emails = [...new Set(rows.flatMap((r) => (r.faculty_email ? [r.faculty_email] : [])))];
  const faculty = new Map((await tx.facultyProfile.findMany({ where: { user: { email: { in: emails } } }, select: { id: true, user: { select: { email: true } } } })).map((f) => [f.user.email, f.id]));

  const existing = await tx.offering.findMany({
    where: { termId: { in: [...terms.values()] }, subjectId: { in: [...subjects.values()] } },
    select: { id: true, termId: true, subjectId: true, batches: { select: { batchId: true } } },
  });
  const idByKey = new Map(existing.map((o) => [keyOf(o.termId, o.subjectId, o.batches.map((b) => b.batchId)), o.id]));

  let created = 0;
  let updated = 0;
  for (const r of rows) {
    const termId = terms.get(r.term)!;
    const subjectId = subjects.get(r.subject_code)!;
    const batchIds = r.batch_codes.map((c) => batches.get(c)!);
    const data = {
      facultyId: r.faculty_email ? faculty.get(r.faculty_email)! : null,
      meetingsPerWeek: r.meetings_per_week,
      meetingLength: r.meeting_length,
      minDays: r.min_days,
      expectedSize: r.expected_size,
      roomType: r.room_type,
    };
    const id = idByKey.get(keyOf(termId, subjectId, batchIds));
    if (id) {
      await tx.offering.update({ where: { id }, data });
      updated++;
    } else {
      await tx.offering.create({ data: { termId, subjectId, ...data, batches: { create: batchIds.map((batchId) => ({ batchId })) } } });
      created++;
    }
  }
  return { created, updated };
};
