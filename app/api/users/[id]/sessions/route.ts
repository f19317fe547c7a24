// DELETE /api/users/:id/sessions (admins): ends every session of that user on every web process
// within seconds (lib/server/auth/user-sessions.ts) -> { revoked: sessions that were live }.
import { z } from "zod";
import { withAuth } from "@/lib/api/with-auth";
import { revokeAllUserSessions } from "@/lib/server/auth/user-sessions";

const ZUserIdParamsSchema = z.object({ id: z.string().trim().min(1).max(64) });

export const DELETE = withAuth<{ id: string }>(
  async (_req, { user, params }) => {
    const { id } = ZUserIdParamsSchema.parse(params);
    return Response.json(await revokeAllUserSessions({ userId: id, actorId: user.id }));
  },
  { roles: ["ADMIN"] },
);
