"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export type DialogProps = {
  open: boolean;
  title: ReactNode;
  /** Called when the dialog closes by itself (Escape); the owner then sets open to false. */
  onClose: () => void;
  children: ReactNode;
  className?: string;
};

/**
 * A modal dialog on the browser's own <dialog>: showModal() gives focus trapping, Escape, the inert
 * page behind and the dialog role, so none of it is hand-rolled.
 */
export function Dialog({ open, title, onClose, children, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className={cn("m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-border bg-surface p-0 text-foreground shadow-xl backdrop:bg-slate-900/40", className)}
    >
      {open ? (
        <div className="space-y-4 px-5 py-4">
          <h2 id={titleId} className="text-base">
            {title}
          </h2>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}
