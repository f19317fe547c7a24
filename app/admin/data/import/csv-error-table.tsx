import { Alert } from "@/components/ui/alert";
import type { TCsvError } from "@/app/api/import/[entity]/route.types";

/** Every problem of the file, by spreadsheet row; row 0 is the file as a whole. */
export function CsvErrorTable({ errors }: { errors: TCsvError[] }) {
  return (
    <div className="space-y-2">
      <Alert tone="error" title={`${errors.length} problem${errors.length === 1 ? "" : "s"}: nothing can be imported until they are fixed`} />
      <table className="w-full text-left text-sm" aria-label="Problems">
        <thead>
          <tr>
            <th className="py-1 pr-4">Row</th>
            <th className="py-1 pr-4">Column</th>
            <th className="py-1">Problem</th>
          </tr>
        </thead>
        <tbody>
          {errors.slice(0, 500).map((e, i) => (
            <tr key={i} className="border-t border-border">
              <td className="py-1 pr-4">{e.row === 0 ? "File" : e.row}</td>
              <td className="py-1 pr-4">{e.column || "—"}</td>
              <td className="py-1">{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {errors.length > 500 ? <p className="text-sm text-muted">…and {errors.length - 500} more.</p> : null}
    </div>
  );
}
