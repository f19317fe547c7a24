"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

export interface ConfirmForceDialogProps {
  open: boolean;
  reasons: string[];
  onConfirm: () => void;
  onClose: () => void;
}

/** Placing a meeting where a hard constraint breaks is allowed, but only knowingly: it stays listed, and blocks publishing. */
export function ConfirmForceDialog({ open, reasons, onConfirm, onClose }: ConfirmForceDialogProps) {
  return (
    <Dialog open={open} title="Place it anyway?" onClose={onClose}>
      <p className="text-sm">This breaks a hard constraint:</p>
      <ul className="list-inside list-disc text-sm text-danger">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p className="text-sm text-muted">The violation stays listed, and the timetable cannot be published until it is resolved.</p>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="danger" onClick={onConfirm}>
          Place anyway
        </Button>
      </div>
    </Dialog>
  );
}
