/**
 * A timetable's soft violations grouped by constraint, costliest group first: each group a
 * disclosure (details/summary, so it works without JavaScript) whose summary says how many and
 * what they cost, and whose body lists them. Two hundred one-line messages in one flat list were
 * unreadable; grouped, the registrar sees at once what a variant bends most.
 */
import { softConstraintLabel } from "./soft-constraint-labels";

export interface SoftViolationItem {
  constraint: string;
  message: string;
  cost: number;
}

interface ViolationGroup {
  constraint: string;
  cost: number;
  items: SoftViolationItem[];
}

export function groupViolations(violations: SoftViolationItem[]): ViolationGroup[] {
  const groups = new Map<string, ViolationGroup>();
  for (const violation of violations) {
    const group = groups.get(violation.constraint) ?? { constraint: violation.constraint, cost: 0, items: [] };
    group.cost += violation.cost;
    group.items.push(violation);
    groups.set(violation.constraint, group);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, items: [...group.items].sort((a, b) => b.cost - a.cost) }))
    .sort((a, b) => b.cost - a.cost || softConstraintLabel(a.constraint).localeCompare(softConstraintLabel(b.constraint)));
}

export function SoftViolationGroups({ violations }: { violations: SoftViolationItem[] }) {
  return (
    <div className="divide-y divide-border rounded-lg border border-border">
      {groupViolations(violations).map((group) => (
        <details key={group.constraint} className="group">
          <summary className="flex cursor-pointer items-center gap-3 px-3 py-2 text-sm hover:bg-subtle">
            <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-90">
              ▸
            </span>
            <span className="flex-1 font-medium">{softConstraintLabel(group.constraint)}</span>
            <span className="text-muted">
              {group.items.length} {group.items.length === 1 ? "instance" : "instances"}
            </span>
            <span className="w-20 text-right tabular-nums">cost {group.cost}</span>
          </summary>
          <ul className="divide-y divide-border border-t border-border px-3 text-sm">
            {group.items.map((violation, i) => (
              <li key={i} className="flex gap-3 py-2">
                <span className="flex-1">{violation.message}</span>
                <span className="shrink-0 tabular-nums text-muted">+{violation.cost}</span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
