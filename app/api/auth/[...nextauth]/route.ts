import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

// next-auth 4's App Router handler serves sign-in, sign-out, session and CSRF under /api/auth/*.
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
