import type { Table } from '@/lib/analytics/report-tables';

/** One of the dashboard's tables, with its CSV export. `collapsed` tucks a long table under its chart. */
export function ReportTable({ table, csv, collapsed = false, empty }: { table: Table; csv: string; collapsed?: boolean; empty: string }) {
  const body =
    table.rows.length === 0 ? (
      <p className="mt-2 text-sm text-muted">{empty}</p>
    ) : (
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm tabular-nums">
          <caption className="sr-only">{table.title}</caption>
          <thead className="border-b rule text-muted">
            <tr>
              {table.header.map((h, i) => (
                <th key={h} scope="col" className={`py-1.5 pr-4 font-semibold ${i > 0 && typeof table.rows[0]?.[i] === 'number' ? 'text-right' : ''}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-rule">
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="py-1.5 pr-4 font-normal">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className={`py-1.5 pr-4 ${typeof cell === 'number' ? 'text-right' : ''}`}>
                      {typeof cell === 'number' ? cell.toLocaleString('en-GB') : cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  const download = (
    <a href={csv} className="text-sm underline" download>
      Download CSV<span className="sr-only"> for {table.title}</span>
    </a>
  );
  if (collapsed)
    return (
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-medium">Show the numbers as a table</summary>
        {body}
        <p className="mt-2">{download}</p>
      </details>
    );
  return (
    <>
      {body}
      <p className="mt-2">{download}</p>
    </>
  );
}
