import { cn } from "@/components/ui/cn";

const STATUS_CLASSES: Record<string, string> = {
  queued: "bg-subtle text-muted",
  pending: "bg-subtle text-muted",
  running: "bg-info-soft text-info",
  completed: "bg-success-soft text-success",
  failed: "bg-danger-soft text-danger",
  cancelled: "bg-warning-soft text-warning",
};

/** A job's or variant's lower-case status as a small coloured label. */
export function JobStatusBadge({ status }: { status: string }) {
  return <span className={cn("inline-block rounded px-2 py-0.5 text-xs font-medium capitalize", STATUS_CLASSES[status])}>{status}</span>;
}

/** 75 -> "1 min 15 s"; null -> "—". */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
