/**
 * Writes the demo university in one transaction (all or nothing), skipping databases that already
 * hold a term or a user so that running the seed twice, or against a real installation, is harmless.
 */
import bcrypt from "bcryptjs";
import { DEFAULT_WEIGHT_PROFILE_NAME } from "@/lib/domain/weight-profiles";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_PASSWORD, generateDemoUniversity } from "./demo-university";
import type { DemoUniversity } from "./demo-types";
import { upsertBuiltInWeightProfiles } from "./weight-profile-rows";

export const SKIPPED_MESSAGE = "Database already has data; seed skipped";
/** bcrypt cost for the demo password: the app's usual cost, paid once for all demo users. */
const BCRYPT_COST = 10;

export type LoadResult =
  | { skipped: true }
  | { skipped: false; counts: Record<string, number>; generateMs: number; hashMs: number; writeMs: number };

export async function loadDemoUniversity(prisma: PrismaClient, log: (line: string) => void = console.log): Promise<LoadResult> {
  const [terms, users] = await Promise.all([prisma.term.count(), prisma.user.count()]);
  if (terms > 0 || users > 0) {
    log(SKIPPED_MESSAGE);
    return { skipped: true };
  }

  let t = performance.now();
  const university = generateDemoUniversity();
  const generateMs = performance.now() - t;

  // 2,000+ bcrypt hashes would take minutes; every demo account shares the one password anyway.
  t = performance.now();
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, BCRYPT_COST);
  const hashMs = performance.now() - t;

  t = performance.now();
  const counts = await prisma.$transaction((tx) => writeUniversity(tx, university, passwordHash), { timeout: 120_000, maxWait: 10_000 });
  const writeMs = performance.now() - t;

  log(`Seeded the demo university "${university.term.name}":`);
  for (const [table, n] of Object.entries(counts)) log(`  ${table.padEnd(22)} ${n}`);
  log(`Generated in ${ms(generateMs)}, hashed the password in ${ms(hashMs)}, wrote in ${ms(writeMs)}.`);
  log(`Demo accounts (password ${DEMO_PASSWORD}): ${Object.values(university.accounts).join(", ")}`);
  return { skipped: false, counts, generateMs, hashMs, writeMs };
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export async function writeUniversity(tx: Tx, u: DemoUniversity, passwordHash: string): Promise<Record<string, number>> {
  const profileIds = await upsertBuiltInWeightProfiles(tx);
  // Parents before children; createMany keeps this to a few round trips per table.
  const counts: Record<string, number> = { weightProfiles: profileIds.size };
  counts.departments = (await tx.department.createMany({ data: u.departments })).count;
  await tx.term.create({ data: { ...u.term, weightProfileId: profileIds.get(DEFAULT_WEIGHT_PROFILE_NAME) ?? null } });
  counts.terms = 1;
  counts.nonTeachingDays = (await tx.nonTeachingDay.createMany({ data: u.nonTeachingDays })).count;
  counts.periods = (await tx.period.createMany({ data: u.periods })).count;
  counts.rooms = (await tx.room.createMany({ data: u.rooms })).count;
  // A term uses exactly the rooms it lists: the demo term lists every room of the university.
  counts.termRooms = (await tx.termRoom.createMany({ data: u.rooms.map((room) => ({ termId: u.term.id, roomId: room.id })) })).count;
  counts.roomUnavailability = (await tx.roomUnavailability.createMany({ data: u.roomUnavailability })).count;
  counts.users = (await tx.user.createMany({ data: u.users.map((user) => ({ ...user, passwordHash })) })).count;
  counts.facultyProfiles = (await tx.facultyProfile.createMany({ data: u.facultyProfiles })).count;
  counts.facultySlots = (await tx.facultySlot.createMany({ data: u.facultySlots })).count;
  counts.subjects = (await tx.subject.createMany({ data: u.subjects })).count;
  counts.batches = (await tx.batch.createMany({ data: u.batches })).count;
  counts.studentProfiles = (await tx.studentProfile.createMany({ data: u.studentProfiles })).count;
  counts.offerings = (await tx.offering.createMany({ data: u.offerings })).count;
  counts.offeringBatches = (await tx.offeringBatch.createMany({ data: u.offeringBatches })).count;
  counts.studentExtraOfferings = (await tx.studentExtraOffering.createMany({ data: u.studentExtraOfferings })).count;
  counts.fixedSlots = (await tx.fixedSlot.createMany({ data: u.fixedSlots })).count;
  return counts;
}

function ms(value: number): string {
  return value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(1)} s`;
}
