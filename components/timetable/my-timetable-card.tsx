import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { MyTimetable } from "./my-timetable";

/** The signed-in user's own week as a card, for the faculty and student home pages. */
export function MyTimetableCard() {
  return (
    <Card>
      <CardHeader title="Your timetable" className="print:hidden" />
      <CardBody>
        <MyTimetable />
      </CardBody>
    </Card>
  );
}
