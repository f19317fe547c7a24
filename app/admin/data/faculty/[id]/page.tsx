import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AvailabilityGrid } from "@/components/data/availability-grid";
import { DeleteButton } from "@/components/data/delete-button";
import { EntityForm } from "@/components/data/entity-form";
import { toFormValues, type FieldDef } from "@/components/data/field-def";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getCurrentTerm } from "@/lib/server/terms/current-term";
import { getFaculty } from "@/lib/server/data/get-faculty";
import { getWeekGridShape } from "@/lib/server/data/get-week-grid-shape";
import { listDepartmentOptions } from "@/lib/server/data/list-department-options";
import { deleteFacultyAction, saveFacultyAction, saveFacultyAvailabilityAction } from "../actions";

export const metadata: Metadata = { title: "Faculty member" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function FacultyPage({ params, searchParams }: Props) {
  await requirePageUser({ permission: "data.manage" });
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const isNew = id === "new";
  const [faculty, { term }, grid] = await Promise.all([isNew ? null : getFaculty({ id }), getCurrentTerm(), getWeekGridShape()]);
  const departments = await listDepartmentOptions({ termId: term?.id, keepId: faculty?.departmentId });
  if (!isNew && !faculty) notFound();

  const fields: FieldDef[] = [
    { name: "name", label: "Name", kind: "text" },
    { name: "email", label: "Email", kind: "email", hint: "Their sign-in; the key used by CSV imports" },
    { name: "title", label: "Title", kind: "text", hint: "e.g. Dr, Prof (optional)" },
    { name: "departmentId", label: "Department", kind: "select", emptyOption: "Choose a department", options: departments },
    { name: "maxPeriodsPerDay", label: "Max periods per day", kind: "number" },
    { name: "maxPeriodsPerWeek", label: "Max periods per week", kind: "number" },
    { name: "avoidBackToBack", label: "Avoid back-to-back teaching", kind: "checkbox" },
  ];
  const initial = toFormValues(faculty ?? { maxPeriodsPerDay: 4, maxPeriodsPerWeek: 18, avoidBackToBack: false }, fields);

  return (
    <>
      <PageHeader
        title={faculty ? faculty.name : "New faculty member"}
        actions={faculty ? <DeleteButton label={`faculty member ${faculty.name}`} action={deleteFacultyAction.bind(null, faculty.id)} afterDeleteHref="/admin/data/faculty" /> : null}
      />
      <Card>
        <CardBody>
          <EntityForm entity="faculty" fields={fields} initialValues={initial} recordId={faculty?.id} action={saveFacultyAction} editBase="/admin/data/faculty" initiallySaved={saved === "1"} />
        </CardBody>
      </Card>
      {faculty ? (
        <Card className="mt-6">
          <CardHeader title="Availability and preferences" description="Unavailable periods are never scheduled; preferred periods are used first when possible." />
          <CardBody>
            <AvailabilityGrid
              days={grid.days}
              periods={grid.periods}
              initial={faculty.slots}
              states={["NEUTRAL", "UNAVAILABLE", "PREFERRED"]}
              ownerId={faculty.id}
              action={saveFacultyAvailabilityAction}
            />
          </CardBody>
        </Card>
      ) : null}
    </>
  );
}
