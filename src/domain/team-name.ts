/**
 * Two teams of one MSP may not share a name, case aside: "Night shift" and
 * "night shift" are one team to the people choosing between them. The SQL
 * store keeps the same rule with a unique index on lower(name).
 */
export function teamNameKey(name: string): string {
  return name.trim().toLowerCase();
}
