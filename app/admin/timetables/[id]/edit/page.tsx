import type { Metadata } from "next";
import { TimetableEditor } from "@/components/timetable-editor/timetable-editor";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Edit timetable" };

/** The timetable editor: timetable.edit (registrars and admins), as the API routes it calls check. */
export default async function EditTimetablePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser({ permission: "timetable.edit" });
  const { id } = await params;
  return <TimetableEditor timetableId={id} />;
}
