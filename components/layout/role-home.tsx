import type { ReactNode } from "react";
import { UserSummary, type UserSummaryProps } from "@/components/layout/user-summary";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export type RoleHomeProps = UserSummaryProps & { description: string; children: ReactNode };

/** The frame every role's home page shares: a welcome, the role's own content, then the account. */
export function RoleHome({ user, department, description, children }: RoleHomeProps) {
  return (
    <>
      <div className="print:hidden">
        <PageHeader title={`Welcome, ${user.name}`} description={description} />
      </div>
      {children}
      {/* A printout is the role's content (a week of classes), not the account. */}
      <Card className="mt-6 print:hidden">
        <CardHeader title="Your account" />
        <CardBody>
          <UserSummary user={user} department={department} />
        </CardBody>
      </Card>
    </>
  );
}
