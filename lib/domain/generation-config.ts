/**
 * What a generation request asks for, and the limits on it: written once, read by the route's
 * request schema (app/api/jobs/route.types.ts), the generate form, createGenerationJob and the
 * worker. Pure (zod only): the browser imports it too.
 */
import { z } from "zod";

/** The most variants one request may ask for; a worker runs this many solves at once by default. */
export const MAX_VARIANTS = 5;

export const GENERATION_LIMITS = {
  variants: { min: 1, max: MAX_VARIANTS },
  secondsPerVariant: { min: 5, max: 600 },
} as const;

const { variants, secondsPerVariant } = GENERATION_LIMITS;

/** The sizes of a request, with the messages a registrar sees beside the field. */
export const ZGenerationSizeSchema = z.object({
  variants: z
    .int({ error: "must be a whole number" })
    .min(variants.min, `must be between ${variants.min} and ${variants.max}`)
    .max(variants.max, `must be between ${variants.min} and ${variants.max}`),
  secondsPerVariant: z
    .int({ error: "must be a whole number of seconds" })
    .min(secondsPerVariant.min, `must be between ${secondsPerVariant.min} and ${secondsPerVariant.max}`)
    .max(secondsPerVariant.max, `must be between ${secondsPerVariant.min} and ${secondsPerVariant.max}`),
});

export type TGenerationSize = z.infer<typeof ZGenerationSizeSchema>;

/**
 * GenerationJob.config as stored by createGenerationJob: the request's sizes and the weight
 * profile each variant runs under, by index. Read without the request limits, so that rows written
 * under other limits (earlier versions allowed 10 variants of an hour) stay readable.
 */
export const ZGenerationConfigSchema = z.object({
  variants: z.int().positive(),
  secondsPerVariant: z.number().positive(),
  profiles: z.array(z.string()).default([]),
  /** A REPAIR job (createRepairJob): what the repair keeps, times only or times and rooms. */
  keep: z.enum(["time", "time-and-room"]).optional(),
});

export type TGenerationConfig = z.infer<typeof ZGenerationConfigSchema>;
