/** What a spreadsheet reads as the start of a formula (or, for tab and CR, hides one behind). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as it is safe to hand a spreadsheet: text that a spreadsheet would
 * run as a formula (=, +, -, @, or a tab or carriage return before one) gets
 * a leading apostrophe, which shows it as the text it is (OWASP's advice for
 * CSV injection). Quoting is left to the CSV writer.
 */
export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}
