// The :id of /api/users/:id/... routes.
import { z } from "zod";

export const ZUserIdParamsSchema = z.object({ id: z.string().trim().min(1).max(64) });
