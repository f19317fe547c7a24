/**
 * The zod schema of each entity form, by key. Server pages name the entity ("room") because a schema
 * cannot be passed from a server component to a client one; the client form looks it up here and
 * validates with exactly the schema the server action parses again.
 */
import type { z } from "zod";
import { ZBatchInputSchema } from "@/lib/validation/batch";
import { ZDepartmentInputSchema } from "@/lib/validation/department";
import { ZFacultyInputSchema } from "@/lib/validation/faculty";
import { ZOfferingInputSchema } from "@/lib/validation/offering";
import { ZRoomInputSchema } from "@/lib/validation/room";
import { ZSubjectInputSchema } from "@/lib/validation/subject";
import { ZTermInputSchema } from "@/lib/validation/term";
import { ZStudentInputSchema } from "@/lib/validation/student";
import { ZFixedSlotInputSchema } from "@/lib/validation/fixed-slot";
import { ZWeightProfileInputSchema } from "@/lib/validation/weight-profile";

export const ENTITY_SCHEMAS = {
  room: ZRoomInputSchema,
  department: ZDepartmentInputSchema,
  faculty: ZFacultyInputSchema,
  subject: ZSubjectInputSchema,
  batch: ZBatchInputSchema,
  offering: ZOfferingInputSchema,
  term: ZTermInputSchema,
  student: ZStudentInputSchema,
  fixedSlot: ZFixedSlotInputSchema,
  weightProfile: ZWeightProfileInputSchema,
} satisfies Record<string, z.ZodType>;

export type EntityKey = keyof typeof ENTITY_SCHEMAS;
