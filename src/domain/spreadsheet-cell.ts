/**
 * Text that a spreadsheet would run as a formula when it opens a CSV file: a
 * cell starting with `=`, `+`, `-` or `@`, or with a tab or carriage return
 * (which some spreadsheets skip before reading the formula). Such a cell is
 * written with a leading apostrophe, which spreadsheets show as plain text;
 * every other cell is written as it is.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
