// Issue 14 leftover: the /timetable view pickers list a term's own departments, batches, faculty and
// rooms. After importing comp01 next to the demo university, the demo term's lists are exactly what
// they were and hold nothing of the instance; the instance's term lists its department, batches,
// faculty and rooms; a head of department still sees only their own department.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { choicesForTerm, type ScopeChoices } from "@/lib/domain/view-choices";
import { itcCodePrefix, itcDepartmentCode } from "@/lib/server/itc/itc-codes";
import { importCttTerm } from "@/lib/server/itc/import-ctt-term";
import { getViewChoices } from "@/lib/server/timetable-views/get-view-choices";
import { createUser, uniqueTag } from "@/prisma/seed/factories";
import { DEMO_TERM_NAME } from "@/prisma/seed/structure";
import { deleteImportedInstance } from "./support/imported-instance";


const COMP01 = path.resolve(import.meta.dirname, "../../../shared/bench/itc2007/comp01.ctt");
const instanceName = `Pickers-${uniqueTag()}`;
const cttText = fs.readFileSync(COMP01, "utf8").replace(/^Name:.*$/m, `Name: ${instanceName}`);
const prefix = itcCodePrefix(instanceName);

let demoTermId: string;
let registrar: { id: string; role: "REGISTRAR"; departmentId: null };
let actorId: string;

beforeAll(async () => {
  demoTermId = (await prisma.term.findUniqueOrThrow({ where: { name: DEMO_TERM_NAME }, select: { id: true } })).id;
  actorId = (await prisma.$transaction((tx) => createUser(tx, { role: "REGISTRAR" }))).id;
  registrar = { id: actorId, role: "REGISTRAR", departmentId: null };
});

afterAll(async () => {
  await deleteImportedInstance(instanceName);
  await prisma.auditLog.deleteMany({ where: { actorId } });
  await prisma.user.deleteMany({ where: { id: actorId } });
  await prisma.$disconnect();
});

const labels = (lists: ScopeChoices) => ({
  departments: lists.departments.map((c) => c.label),
  batches: lists.batches.map((c) => c.label),
  faculty: lists.faculty.map((c) => c.label),
  rooms: lists.rooms.map((c) => c.label),
});

describe("the timetable view pickers", () => {
  it("list a term's own departments, batches, faculty and rooms, after importing comp01", async () => {
    const before = labels(choicesForTerm(await getViewChoices({ viewer: registrar, termIds: [demoTermId] }), demoTermId));
    expect(before.departments.length).toBeGreaterThan(0);

    const { termId: itcTermId } = await importCttTerm({ cttText, actorId });
    const itcDepartment = itcDepartmentCode(instanceName);
    const choices = await getViewChoices({ viewer: registrar, termIds: [demoTermId, itcTermId] });

    const demo = labels(choicesForTerm(choices, demoTermId));
    expect(demo).toEqual(before);
    expect(demo.departments.filter((label) => label.startsWith(itcDepartment))).toEqual([]);
    expect(demo.rooms.filter((label) => label.includes(instanceName))).toEqual([]);
    expect(demo.batches.filter((label) => label.startsWith(prefix))).toEqual([]);

    const itc = labels(choicesForTerm(choices, itcTermId));
    expect(itc.departments.filter((label) => label.startsWith(itcDepartment))).toHaveLength(1);
    expect(itc.rooms.filter((label) => label.includes(`ITC-2007 ${instanceName}`))).toHaveLength(6);
    expect(itc.batches.filter((label) => label.startsWith(prefix))).toHaveLength(14);
    const itcFaculty = await prisma.facultyProfile.count({ where: { department: { code: itcDepartment } } });
    expect(itcFaculty).toBe(24);
    expect(itc.faculty.length).toBeGreaterThanOrEqual(itcFaculty);

    // A term not asked for and without a published timetable gets no lists of its own.
    expect(Object.keys((await getViewChoices({ viewer: registrar })).byTerm)).not.toContain(itcTermId);
  });

  it("still give a head of department only their own department, and faculty nothing", async () => {
    const hod = await prisma.user.findFirstOrThrow({ where: { role: "HOD", departmentId: { not: null } }, select: { id: true, role: true, departmentId: true } });
    const choices = await getViewChoices({ viewer: hod, termIds: [demoTermId] });
    const ownCode = (await prisma.department.findUniqueOrThrow({ where: { id: hod.departmentId! }, select: { code: true } })).code;
    expect(choicesForTerm(choices, demoTermId).departments.map((d) => d.label.split(" · ")[0])).toEqual([ownCode]);
    const faculty = await prisma.user.findFirstOrThrow({ where: { role: "FACULTY" }, select: { id: true, role: true, departmentId: true } });
    expect(await getViewChoices({ viewer: faculty })).toEqual({ terms: [], currentTermId: null, byTerm: {} });
  });
});
