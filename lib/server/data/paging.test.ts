import { describe, expect, it } from "vitest";
import { DATA_PAGE_SIZE, findDataPage, parsePageParam } from "./paging";

describe("parsePageParam", () => {
  it("reads positive whole numbers and defaults to page 1", () => {
    expect(parsePageParam(undefined)).toEqual({ page: 1 });
    expect(parsePageParam("3")).toEqual({ page: 3 });
    expect(parsePageParam(["2", "5"])).toEqual({ page: 2 });
  });

  it("names what is not a page number and falls back to page 1", () => {
    for (const raw of ["0", "-1", "1.5", "abc", "", "1e3", "9999999999"]) {
      const parsed = parsePageParam(raw);
      expect(parsed.page).toBe(1);
      expect(parsed.problem).toContain(`"${raw}" is not a page number`);
    }
  });
});

describe("findDataPage", () => {
  const all = Array.from({ length: 2 * DATA_PAGE_SIZE + 5 }, (_, i) => i);
  const count = async () => all.length;
  const find = async ({ skip, take }: { skip: number; take: number }) => all.slice(skip, skip + take);

  it("returns the requested page with its place among all rows", async () => {
    const second = await findDataPage(2, count, find);
    expect(second).toMatchObject({ total: all.length, page: 2, pageCount: 3, offset: DATA_PAGE_SIZE });
    expect(second.rows[0]).toBe(DATA_PAGE_SIZE);
    expect(second.rows).toHaveLength(DATA_PAGE_SIZE);
    expect((await findDataPage(3, count, find)).rows).toEqual(all.slice(2 * DATA_PAGE_SIZE));
  });

  it("answers a page past the end with the last page, and an empty list with page 1 of 1", async () => {
    expect(await findDataPage(40, count, find)).toMatchObject({ page: 3, offset: 2 * DATA_PAGE_SIZE });
    let finds = 0;
    const empty = await findDataPage(
      2,
      async () => 0,
      async () => {
        finds++;
        return [];
      },
    );
    expect(empty).toEqual({ rows: [], total: 0, page: 1, pageCount: 1, offset: 0 });
    expect(finds).toBe(0);
  });
});
