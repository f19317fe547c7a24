import { z } from "zod";

export const SLOT_PREFERENCES = ["UNAVAILABLE", "PREFERRED"] as const;

/** One marked cell of the week grid; unmarked cells are neutral and not sent. */
export const ZAvailabilityCellSchema = z.object({
  day: z.int().min(1, "day must be an ISO weekday 1-7").max(7, "day must be an ISO weekday 1-7"),
  period: z.int().min(0, "period must be 0 or more").max(47, "period must be below 48"),
  preference: z.enum(SLOT_PREFERENCES),
});

export const ZAvailabilityInputSchema = z.object({
  ownerId: z.string().min(1),
  cells: z
    .array(ZAvailabilityCellSchema)
    .max(7 * 48)
    .refine((cells) => new Set(cells.map((c) => `${c.day}:${c.period}`)).size === cells.length, "a cell is listed twice"),
});

export type TAvailabilityCell = z.output<typeof ZAvailabilityCellSchema>;
export type TAvailabilityInput = z.output<typeof ZAvailabilityInputSchema>;
