/**
 * The data screens' lists walk every row a page at a time (the seeded demo has about 2,200 students
 * and 130 faculty, more than one page): each row shows on exactly one page, in a stable order, and
 * a search narrows the total. Runs against the seeded test database and reads counts rather than
 * assuming them, since other files add rows.
 */
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { listFaculty } from "@/lib/server/data/list-faculty";
import { listOfferings } from "@/lib/server/data/list-offerings";
import { listStudents } from "@/lib/server/data/list-students";
import { DATA_PAGE_SIZE } from "@/lib/server/data/paging";

afterAll(() => prisma.$disconnect());

describe("paged data lists", () => {
  it("list every student exactly once across the pages", async () => {
    const total = await prisma.studentProfile.count();
    expect(total).toBeGreaterThan(2 * DATA_PAGE_SIZE);
    const first = await listStudents();
    expect(first).toMatchObject({ total, page: 1, offset: 0, pageCount: Math.ceil(total / DATA_PAGE_SIZE) });
    const seen = new Set<string>();
    for (let page = 1; page <= first.pageCount; page++) {
      const { rows, offset } = await listStudents({ page });
      expect(offset).toBe((page - 1) * DATA_PAGE_SIZE);
      expect(rows.length).toBe(Math.min(DATA_PAGE_SIZE, total - offset));
      for (const row of rows) {
        expect(seen.has(row.id), `student ${row.email} listed twice`).toBe(false);
        seen.add(row.id);
      }
    }
    expect(seen.size).toBe(total);
  });

  it("answers a page past the end with the last page", async () => {
    const last = await listFaculty({ page: 10_000 });
    expect(last.page).toBe(last.pageCount);
    expect(last.rows.length).toBe(last.total - last.offset);
    expect(last.rows.length).toBeGreaterThan(0);
  });

  it("counts only the rows matching the search, and keeps the term filter", async () => {
    const all = await listStudents();
    const narrowed = await listStudents({ q: "s24csea" });
    expect(narrowed.total).toBeGreaterThan(0);
    expect(narrowed.total).toBeLessThan(all.total);
    expect(narrowed.rows.every((s) => s.email.includes("s24csea") || s.batchCode.toLowerCase().includes("s24csea"))).toBe(true);

    const term = await prisma.term.findFirstOrThrow({ where: { offerings: { some: {} } }, select: { id: true, name: true } });
    const ofTerm = await listOfferings({ termId: term.id });
    expect(ofTerm.total).toBe(await prisma.offering.count({ where: { termId: term.id } }));
    expect(ofTerm.rows.every((o) => o.term.name === term.name)).toBe(true);
  });
});
