/**
 * Row factories for integration and end-to-end tests: every option has a default, and names,
 * codes and e-mails get a random tag so tests can share one database without unique-key clashes.
 * Each takes a transaction client (or the PrismaClient itself).
 */
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role, RoomType } from "@/lib/generated/prisma/enums";
import { DEMO_PASSWORD } from "./demo-university";

export type Db = Prisma.TransactionClient;

const hashes = new Map<string, Promise<string>>();
/** bcrypt is slow on purpose: hash each distinct password once per process. */
export function passwordHashFor(password: string = DEMO_PASSWORD): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = bcrypt.hash(password, 10);
    hashes.set(password, hash);
  }
  return hash;
}

export function uniqueTag(): string {
  return randomUUID().replace(/-/g, "").slice(0, 8).toUpperCase();
}

export interface CreateUserOptions {
  role?: Role;
  departmentId?: string | null;
  email?: string;
  name?: string;
  /** Plain password; hashed with bcrypt (cached). */
  password?: string;
}

export async function createUser(tx: Db, options: CreateUserOptions = {}) {
  const role = options.role ?? "FACULTY";
  const tag = uniqueTag().toLowerCase();
  return tx.user.create({
    data: {
      email: options.email ?? `${role.toLowerCase()}.${tag}@test.edu`,
      name: options.name ?? `Test ${role.toLowerCase()} ${tag}`,
      passwordHash: await passwordHashFor(options.password),
      role,
      departmentId: options.departmentId ?? null,
    },
  });
}

export async function createDepartment(tx: Db, options: { code?: string; name?: string } = {}) {
  const code = options.code ?? `D${uniqueTag()}`;
  return tx.department.create({ data: { code, name: options.name ?? `Department ${code}` } });
}

export interface CreateFacultyOptions extends Omit<CreateUserOptions, "role" | "departmentId"> {
  departmentId: string;
  title?: string | null;
  maxPeriodsPerDay?: number;
  maxPeriodsPerWeek?: number;
  avoidBackToBack?: boolean;
}

export async function createFaculty(tx: Db, options: CreateFacultyOptions) {
  const user = await createUser(tx, { ...options, role: "FACULTY" });
  const profile = await tx.facultyProfile.create({
    data: {
      userId: user.id,
      departmentId: options.departmentId,
      title: options.title === undefined ? "Dr" : options.title,
      maxPeriodsPerDay: options.maxPeriodsPerDay ?? 4,
      maxPeriodsPerWeek: options.maxPeriodsPerWeek ?? 18,
      avoidBackToBack: options.avoidBackToBack ?? false,
    },
  });
  return { user, profile };
}

export interface CreateStudentOptions extends Omit<CreateUserOptions, "role" | "departmentId"> {
  departmentId: string;
  batchId: string;
  rollNumber?: string;
}

export async function createStudent(tx: Db, options: CreateStudentOptions) {
  const rollNumber = options.rollNumber ?? `R${uniqueTag()}`;
  const user = await createUser(tx, { email: `s${rollNumber.toLowerCase()}@test.edu`, ...options, role: "STUDENT" });
  const profile = await tx.studentProfile.create({ data: { userId: user.id, batchId: options.batchId, rollNumber } });
  return { user, profile };
}

/** Many students of one batch in two queries (roll numbers <prefix>01, <prefix>02, ...). */
export async function createStudents(tx: Db, options: { departmentId: string; batchId: string; count: number; rollPrefix?: string; password?: string }) {
  const prefix = options.rollPrefix ?? `R${uniqueTag()}`;
  const passwordHash = await passwordHashFor(options.password);
  const rolls = Array.from({ length: options.count }, (_, i) => `${prefix}${String(i + 1).padStart(2, "0")}`);
  const users = await tx.user.createManyAndReturn({
    data: rolls.map((roll) => ({
      email: `s${roll.toLowerCase()}@test.edu`, name: `Student ${roll}`, passwordHash, role: "STUDENT" as const, departmentId: options.departmentId,
    })),
  });
  const userByEmail = new Map(users.map((u) => [u.email, u]));
  const profiles = await tx.studentProfile.createManyAndReturn({
    data: rolls.map((roll) => ({ userId: userByEmail.get(`s${roll.toLowerCase()}@test.edu`)!.id, batchId: options.batchId, rollNumber: roll })),
  });
  const profileByUser = new Map(profiles.map((p) => [p.userId, p]));
  return users.map((user) => ({ user, profile: profileByUser.get(user.id)! }));
}

export async function createRoom(
  tx: Db, options: { code?: string; type?: RoomType; capacity?: number; building?: string; departmentId?: string | null } = {},
) {
  return tx.room.create({
    data: {
      code: options.code ?? `R-${uniqueTag()}`,
      type: options.type ?? "LECTURE",
      capacity: options.capacity ?? 60,
      building: options.building ?? "Test Block",
      departmentId: options.departmentId ?? null,
    },
  });
}

export { createTinyTerm, type TinyTerm, type TinyTermOptions } from "./tiny-term";
