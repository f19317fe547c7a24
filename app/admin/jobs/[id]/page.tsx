import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { AppError } from "@/lib/domain/app-error";
import { hasPermission } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { getGenerationJob } from "@/lib/server/generation/get-generation-job";
import { JobLive } from "./job-live";

export const metadata: Metadata = { title: "Generation job" };

export default async function JobPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser({ permission: "jobs.view" });
  const { id } = await params;
  const job = await getGenerationJob({ id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });

  return (
    <>
      <PageHeader title={`Generation for ${job.termName}`} description={`Started ${job.createdAt.slice(0, 16).replace("T", " ")} UTC`} />
      <JobLive
        initialJob={job}
        canCancel={hasPermission(user.role, "timetable.generate")}
        canPublish={hasPermission(user.role, "timetable.publish")}
      />
    </>
  );
}
