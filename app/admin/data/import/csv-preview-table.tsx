/** The first rows as they will be imported (after defaults and normalisation). */
const SHOWN = 50;

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join("; ");
  return String(value);
}

export function CsvPreviewTable({ rows }: { rows: { row: number; values: Record<string, unknown> }[] }) {
  const columns = Object.keys(rows[0]?.values ?? {});
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" aria-label="Preview">
        <caption className="pb-2 text-left text-muted">
          {rows.length} readable rows{rows.length > SHOWN ? `; the first ${SHOWN} are shown` : ""}
        </caption>
        <thead>
          <tr>
            <th className="py-1 pr-4">Row</th>
            {columns.map((c) => (
              <th key={c} className="py-1 pr-4">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((r) => (
            <tr key={r.row} className="border-t border-border">
              <td className="py-1 pr-4">{r.row}</td>
              {columns.map((c) => (
                <td key={c} className="py-1 pr-4">
                  {cell(r.values[c])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
