// What our JWT and session carry beyond next-auth's defaults (see lib/auth/auth-options.ts).
import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    role: Role;
    departmentId: string | null;
  }

  interface Session {
    user: {
      id: string;
      email: string;
      name: string;
      role: Role;
      departmentId: string | null;
    } & Omit<DefaultSession["user"], "email" | "name">;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    id?: string;
    role?: Role;
    departmentId?: string | null;
    /** The UserSession row of this sign-in (lib/server/auth/user-sessions.ts). */
    sid?: string;
  }
}
