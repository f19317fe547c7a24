// next-auth 4 configuration: email + password (credentials) sign-in and JWT sessions.
// Only the Next app imports this (route handler and lib/auth/session.ts); scripts run with tsx must
// not, because next-auth pulls in Next internals.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isRole } from "@/lib/auth/roles";
import { getAuthSecret } from "@/lib/auth/secret";
import { DEACTIVATED_ACCOUNT_MESSAGE, lockoutMessage, SIGN_IN_UNAVAILABLE_MESSAGE } from "@/lib/auth/sign-in-errors";
import { createUserSession, findLiveSessionUser, revokeUserSession, SESSION_MAX_AGE_MS } from "@/lib/server/auth/user-sessions";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";

// Sign-out, deletion and role changes apply within seconds through the session row (user-sessions.ts);
// the JWT's own lifetime still bounds a session to a working day.
const SESSION_MAX_AGE_SECONDS = SESSION_MAX_AGE_MS / 1000;

export const authOptions: NextAuthOptions = {
  secret: getAuthSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials) {
        const email = credentials?.email ?? "";
        const password = credentials?.password ?? "";
        let result;
        try {
          result = await verifyCredentials({ email, password });
        } catch (error) {
          // next-auth shows a thrown error's message to the user: never leak a database error.
          console.error("[auth] sign-in failed unexpectedly", error);
          throw new Error(SIGN_IN_UNAVAILABLE_MESSAGE);
        }
        if (result.ok) return result.user;
        // Thrown messages reach the client as signIn()'s `error`; returning null yields
        // "CredentialsSignin", which the form shows as "Email or password is incorrect".
        if (result.reason === "locked") throw new Error(lockoutMessage(result.retryAfterSeconds));
        if (result.reason === "deactivated") throw new Error(DEACTIVATED_ACCOUNT_MESSAGE);
        return null;
      },
    }),
  ],
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeUserSession({ sessionId: token.sid });
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      // `user` is only present on the sign-in request: start the session row the cookie names.
      if (user) {
        token.sid = await createUserSession({ userId: user.id });
        token.id = user.id;
        token.role = user.role;
        token.departmentId = user.departmentId;
        token.name = user.name;
        token.email = user.email;
        return token;
      }
      // Later requests (next-auth's session endpoint): an ended session throws, which makes
      // next-auth answer "signed out" and clear the cookie; a live one carries the user as now.
      const live = typeof token.sid === "string" && typeof token.id === "string" ? await findLiveSessionUser({ sessionId: token.sid, userId: token.id }) : null;
      if (!live) throw new Error("This session has ended");
      return { ...token, role: live.role, departmentId: live.departmentId, name: live.name, email: live.email };
    },
    async session({ session, token }) {
      if (typeof token.id === "string" && isRole(token.role)) {
        session.user = {
          id: token.id,
          email: token.email ?? "",
          name: token.name ?? "",
          role: token.role,
          departmentId: token.departmentId ?? null,
        };
      }
      return session;
    },
  },
};
