import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export type AlertTone = "error" | "warning" | "success" | "info";

const TONE_CLASSES: Record<AlertTone, string> = {
  error: "border-danger/40 bg-danger-soft text-danger",
  warning: "border-warning/40 bg-warning-soft text-warning",
  success: "border-success/40 bg-success-soft text-success",
  info: "border-info/40 bg-info-soft text-info",
};

export type AlertProps = { tone?: AlertTone; title?: ReactNode; children?: ReactNode; className?: string };

/**
 * Errors use role="alert" so screen readers announce them as soon as they appear; other tones use
 * the polite role="status".
 */
export function Alert({ tone = "info", title, children, className }: AlertProps) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn("rounded-md border px-4 py-3 text-sm", TONE_CLASSES[tone], className)}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : undefined}>{children}</div> : null}
    </div>
  );
}
