/** Readable names of the solver's soft constraints (keys of SoftWeights), for tables and lists. */
const LABELS: Record<string, string> = {
  roomCapacity: "Room too small",
  minDays: "Too few days",
  isolated: "Isolated classes",
  gaps: "Gaps in a day",
  roomStability: "Room changes",
  facultyPreference: "Faculty preferences",
  backToBack: "Back-to-back teaching",
  edgePeriods: "Early or late periods",
  dailyBalance: "Unbalanced days",
};

export function softConstraintLabel(key: string): string {
  return LABELS[key] ?? key;
}
