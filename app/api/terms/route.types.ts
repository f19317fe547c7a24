import { z } from "zod";

export const ZTermSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  firstDay: z.iso.date(),
  lastDay: z.iso.date(),
});

export const ZListTermsResponseSchema = z.object({ terms: z.array(ZTermSummarySchema) });

export type TListTermsResponse = z.infer<typeof ZListTermsResponseSchema>;
