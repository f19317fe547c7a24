import type { Metadata } from "next";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { CttImportForm } from "./ctt-import-form";

export const metadata: Metadata = { title: "ITC-2007 import" };

export default async function ImportCttPage() {
  await requirePageUser({ permission: "data.manage" });
  return (
    <>
      <PageHeader
        title="ITC-2007 import"
        description="Load a curriculum-based course timetabling instance (.ctt) as a new term in the department ITC. A timetable of that term downloads as an ITC-2007 .sol file for the official validator."
      />
      <Card>
        <CardBody>
          <CttImportForm />
        </CardBody>
      </Card>
    </>
  );
}
