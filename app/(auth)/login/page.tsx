import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardBody } from "@/components/ui/card";
import { ROLE_HOME } from "@/lib/auth/roles";
import { safeCallbackPath } from "@/lib/auth/request-path";
import { getSessionUser } from "@/lib/auth/session";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

type LoginPageProps = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> };

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(firstValue(params.callbackUrl));
  const user = await getSessionUser();
  if (user) redirect(callbackPath ?? ROLE_HOME[user.role]);

  return (
    <div className="mx-auto mt-8 max-w-sm">
      <h1 className="mb-1 text-2xl">Sign in</h1>
      <p className="mb-6 text-muted">Use your university email address.</p>
      <Card>
        <CardBody className="py-6">
          <LoginForm callbackPath={callbackPath} initialError={firstValue(params.error) ?? null} />
        </CardBody>
      </Card>
    </div>
  );
}
