// GET /api/terms: the terms a registrar can generate timetables for.
import { withAuth } from "@/lib/api/with-auth";
import { listTerms } from "@/lib/server/terms/list-terms";
import { ZListTermsResponseSchema } from "./route.types";

export const GET = withAuth(
  async () => Response.json(ZListTermsResponseSchema.parse({ terms: await listTerms() })),
  { permission: "timetable.generate" },
);
