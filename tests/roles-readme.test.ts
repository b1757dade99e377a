// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { permissionTable, roles } from '../src/domain/permissions';

describe('the README', () => {
  it('shows the permission table as the code has it', async () => {
    const readme = await readFile(path.join(import.meta.dirname, '..', 'README.md'), 'utf8');
    const table = readme.split('<!-- permission-table:start -->')[1]?.split('<!-- permission-table:end -->')[0] ?? '';
    const rows = table
      .trim()
      .split('\n')
      .slice(2)
      .map((row) => row.split('|').map((cell) => cell.trim()));
    const documented = Object.fromEntries(
      rows.map((cells) => [cells[1]!.replace(/`/g, ''), roles.filter((_role, index) => cells[3 + index] === 'yes')]),
    );
    expect(documented).toEqual(permissionTable);
  });
});
