import type { ReactNode } from 'react';

export interface FigureTableProps {
  /** Said to screen readers only: the card's heading already names the table for the eye. */
  caption: string;
  /** The first column's heading: what each row is (a day, a month, a bucket). */
  rowHeading: string;
  /** The figures' column headings, right-aligned like the figures. */
  columns: readonly string[];
  rows: readonly { key: string; heading: ReactNode; cells: readonly ReactNode[] }[];
}

/** A chart's figures as a table: each row headed by what it is, then its figures in tabular digits. */
export function FigureTable({ caption, rowHeading, columns, rows }: FigureTableProps) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeading}</th>
          {columns.map((column) => (
            <th key={column} scope="col" className="data-table__number">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="numeric">
              {row.heading}
            </th>
            {row.cells.map((cell, index) => (
              <td key={columns[index] ?? index} className="data-table__number numeric">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
