"use client";

import { inputClasses } from "@/components/ui/form-field";
import { VIEW_KIND_LABEL, type EditorView, type EditorViewChoice, type EditorViewKind } from "./editor-view";

export interface EditorViewPickerProps {
  view: EditorView;
  choices: Record<EditorViewKind, EditorViewChoice[]>;
  onChange: (view: EditorView) => void;
}

/** Two selects: edit the week of a batch, a faculty member or a room. */
export function EditorViewPicker({ view, choices, onChange }: EditorViewPickerProps) {
  return (
    <div className="flex flex-wrap gap-4">
      <label className="text-sm">
        <span className="mb-1 block font-medium">View by</span>
        <select
          className={inputClasses}
          value={view.kind}
          onChange={(e) => {
            const kind = e.target.value as EditorViewKind;
            onChange({ kind, key: choices[kind][0]?.key ?? "" });
          }}
        >
          {(Object.keys(VIEW_KIND_LABEL) as EditorViewKind[]).map((kind) => (
            <option key={kind} value={kind}>
              {VIEW_KIND_LABEL[kind]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">{VIEW_KIND_LABEL[view.kind]}</span>
        <select className={inputClasses} value={view.key} onChange={(e) => onChange({ kind: view.kind, key: e.target.value })}>
          {choices[view.kind].map((choice) => (
            <option key={choice.key} value={choice.key}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
