import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { listScopeDepartments } from "@/lib/server/generation/list-scope-departments";
import { listTerms } from "@/lib/server/terms/list-terms";
import { GenerateForm } from "./generate-form";

export const metadata: Metadata = { title: "Generate timetables" };

export default async function GeneratePage() {
  await requirePageUser({ permission: "timetable.generate" });
  const [terms, departments] = await Promise.all([listTerms(), listScopeDepartments()]);

  return (
    <>
      <PageHeader
        title="Generate timetables"
        description="Runs in the background: you can leave the page and follow the job from Jobs."
      />
      {terms.length === 0 ? (
        <Alert tone="warning" title="No terms yet">
          Add a term with its periods and offerings under Data first.
        </Alert>
      ) : (
        <GenerateForm terms={terms} departments={departments} />
      )}
    </>
  );
}
