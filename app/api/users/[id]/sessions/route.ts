// DELETE /api/users/:id/sessions (admins): ends every session of that user on every web process
// within seconds (lib/server/auth/user-sessions.ts) -> { revoked: sessions that were live }.
import { withAuth } from "@/lib/api/with-auth";
import { revokeAllUserSessions } from "@/lib/server/auth/user-sessions";
import { ZUserIdParamsSchema } from "../user-id.types";

export const DELETE = withAuth<{ id: string }>(
  async (_req, { user, params }) => {
    const { id } = ZUserIdParamsSchema.parse(params);
    return Response.json(await revokeAllUserSessions({ userId: id, actorId: user.id }));
  },
  { permission: "users.manage" },
);
