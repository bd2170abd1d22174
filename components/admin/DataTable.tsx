/** A newsroom list as a table: a caption for screen readers, column headings, then the rows. */
export function DataTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: string[];
  children: React.ReactNode;
}) {
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-rule dark:border-rule-dark border-b">
            {columns.map((column) => (
              <th key={column} scope="col" className="py-2 pr-3">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A row of a DataTable. */
export function Row({ children }: { children: React.ReactNode }) {
  return <tr className="border-rule dark:border-rule-dark border-b align-top">{children}</tr>;
}

/** A cell of a DataTable row. */
export function Cell({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return <td className={`py-2 pr-3 ${className}`}>{children}</td>;
}
