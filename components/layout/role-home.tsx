import type { ReactNode } from "react";
import { UserSummary, type UserSummaryProps } from "@/components/layout/user-summary";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export type RoleHomeProps = UserSummaryProps & { description: string; children: ReactNode };

/** The frame every role's home page shares: a welcome, the role's own content, then the account. */
export function RoleHome({ user, department, description, children }: RoleHomeProps) {
  return (
    <>
      <PageHeader title={`Welcome, ${user.name}`} description={description} />
      {children}
      <Card className="mt-6">
        <CardHeader title="Your account" />
        <CardBody>
          <UserSummary user={user} department={department} />
        </CardBody>
      </Card>
    </>
  );
}
