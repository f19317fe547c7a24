// POST /api/users/:id/deactivation (admins): deactivate -> { id, deactivatedAt, revokedSessions };
// the user cannot sign in, every session ends and their calendar feeds answer 404.
// DELETE /api/users/:id/deactivation: reactivate -> { id, deactivatedAt: null, revokedSessions: 0 }.
// 404 unknown user; 409 for one's own account. Audited (lib/server/users/set-user-deactivated.ts).
import { withAuth } from "@/lib/api/with-auth";
import { setUserDeactivated } from "@/lib/server/users/set-user-deactivated";
import { ZUserIdParamsSchema } from "../user-id.types";

export const POST = withAuth<{ id: string }>(
  async (_req, { user, params }) => {
    const { id } = ZUserIdParamsSchema.parse(params);
    return Response.json(await setUserDeactivated({ userId: id, actorId: user.id, deactivated: true }));
  },
  { permission: "users.manage" },
);

export const DELETE = withAuth<{ id: string }>(
  async (_req, { user, params }) => {
    const { id } = ZUserIdParamsSchema.parse(params);
    return Response.json(await setUserDeactivated({ userId: id, actorId: user.id, deactivated: false }));
  },
  { permission: "users.manage" },
);
