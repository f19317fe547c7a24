import { z } from "zod";

export const ZTermSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  firstDay: z.iso.date(),
  lastDay: z.iso.date(),
  nonTeachingDays: z.array(z.object({ date: z.iso.date(), label: z.string() })),
});

export const ZListTermsResponseSchema = z.object({ terms: z.array(ZTermSummarySchema) });

export type TListTermsResponse = z.infer<typeof ZListTermsResponseSchema>;
