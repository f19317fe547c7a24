// The CSV preview says how many rows the import would create and update, counted by the import's
// own writer in a transaction that is rolled back: nothing is written by the preview.
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { countCsvImportChanges } from "@/lib/server/import/count-csv-import-changes";
import { previewCsvImport } from "@/lib/server/import/preview-csv-import";
import { createRoom, uniqueTag } from "@/prisma/seed/factories";

const tag = uniqueTag();

afterAll(async () => {
  await prisma.room.deleteMany({ where: { code: { endsWith: tag } } });
  await prisma.$disconnect();
});

describe("CSV preview counts", () => {
  it("counts rooms to create and to update without writing any", async () => {
    const existing = await createRoom(prisma, { code: `OLD-${tag}`, capacity: 30 });
    const csv = `code,building,capacity,type\nOLD-${tag},Main,45,LECTURE\nNEW1-${tag},Main,40,LECTURE\nNEW2-${tag},Annex,20,SEMINAR\n`;
    const preview = await previewCsvImport({ entity: "rooms", bytes: new TextEncoder().encode(csv) });
    expect(preview.errors).toEqual([]);
    const rooms = await prisma.room.count();

    expect(await countCsvImportChanges({ entity: "rooms", rows: preview.rows })).toEqual({ created: 2, updated: 1 });
    expect(await prisma.room.count()).toBe(rooms);
    expect((await prisma.room.findUniqueOrThrow({ where: { id: existing.id } })).capacity).toBe(30);
  });
});
