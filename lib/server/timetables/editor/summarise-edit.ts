/** One line per edit for the log: "Moved CS301 Data Structures (CSE-3A) from Mon 09:00 in LH-101 to Tue 11:00 in LH-102". */
import "server-only";
import type { TChangeOperation } from "@/lib/domain/timetable-editor";
import type { EditorTimetable, EntryState } from "./editor-timetable";

export function summarise(editor: EditorTimetable, op: TChangeOperation, before: EntryState[], after: EntryState[]): string {
  const name = (i: number) => editor.offeringName(after[i].entryId);
  const moved = (i: number) => `${name(i)} from ${editor.describe(before[i])} to ${editor.describe(after[i])}`;
  switch (op.type) {
    case "move":
    case "room":
      return `Moved ${moved(0)}`;
    case "swap":
      return `Swapped ${name(0)} (now ${editor.describe(after[0])}) with ${name(1)} (now ${editor.describe(after[1])})`;
    case "moves":
      return `Moved ${after.map((_, i) => moved(i)).join("; then ")}`;
    case "pin": {
      const what = op.time && op.room ? "time and room" : op.time ? "time" : op.room ? "room" : null;
      return what ? `Pinned the ${what} of ${name(0)} (${editor.describe(after[0])})` : `Unpinned ${name(0)}`;
    }
  }
}
