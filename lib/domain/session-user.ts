// The signed-in user as the server resolves it from the session (lib/auth/session.ts) and hands it
// to client components (header, nav, session context): a plain contract, safe in the browser.
import type { Role } from "@/lib/auth/roles";

export type SessionUser = { id: string; email: string; name: string; role: Role; departmentId: string | null };
