import type { Metadata } from "next";
import { TimetableEditor } from "@/components/timetable-editor/timetable-editor";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Edit timetable" };

/**
 * The timetable editor: registrars and admins only, the roles that prepare and publish timetables
 * (the API routes it calls check the same).
 */
export default async function EditTimetablePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser({ permission: "timetable.publish" });
  const { id } = await params;
  return <TimetableEditor timetableId={id} />;
}
