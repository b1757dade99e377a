import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// What the browser loads before the first board is what src/main.tsx imports statically, all the way down; an
// `import()` starts a chunk of its own, loaded when first needed (issue 9's JavaScript budget). This walks that graph
// in the source, so a static import that would pull a page's, a dialog's or a library's code into the first board
// fails here, not only in a benchmark.
const root = path.resolve(import.meta.dirname, '..');
const staticImport = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]/g;

function resolveLocal(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')])
    if (/\.(ts|tsx)$/.test(candidate) && existsSync(candidate)) return candidate;
  return null;
}

/** Every file and package the entry reaches through static, non-type imports. */
function firstLoad(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    // Comments may quote an import; type-only imports are erased.
    const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const match of source.matchAll(staticImport)) {
      if (/^\s*;?\s*(import|export)\s+type\s/.test(match[0])) continue;
      const specifier = match[1]!;
      if (specifier.startsWith('.')) {
        const resolved = resolveLocal(file, specifier);
        if (resolved) queue.push(resolved);
      } else packages.add(specifier);
    }
  }
  return { files: new Set([...files].map((file) => path.relative(root, file))), packages };
}

describe("the first board's JavaScript", () => {
  const { files, packages } = firstLoad(path.join(root, 'src/main.tsx'));

  it('is found by walking the imports (the walk itself works)', () => {
    expect(files).toContain('src/features/boards/board-page.tsx');
    expect(files).toContain('src/api/contract.ts');
    expect(packages).toContain('react-dom/client');
  });

  it.each([
    ['recharts (Insights)', 'recharts'],
    ["the demo's MSW", 'msw'],
    ['Radix dialog', '@radix-ui/react-dialog'],
    ['Radix dropdown menu', '@radix-ui/react-dropdown-menu'],
    // The first screen of rows is drawn without it; it loads on idle or at the first scroll (use-window-rows.ts).
    ['the virtualizer', '@tanstack/react-virtual'],
  ])('leaves out %s', (_name, name) => {
    expect([...packages].filter((specifier) => specifier === name || specifier.startsWith(`${name}/`))).toEqual([]);
  });

  it("uses zod/mini, not classic zod (whose methods bring all of zod: the contract is written in mini's functions)", () => {
    expect([...packages].filter((specifier) => /^zod(\/|$)/.test(specifier))).toEqual(['zod/mini']);
  });

  it.each([
    ['the demo (its worker, store and controls)', /^mocks\/|^src\/features\/demo\//],
    ['the API app', /^server\//],
    ['Insights', /^src\/features\/insights\/insights-page/],
    ['the Add Customer dialog', /^src\/features\/add-customer\/add-customer-dialog\.tsx$/],
    ['the bulk action dialogs and assignment', /^src\/features\/boards\/(bulk-action-dialog|bulk-assign|use-bulk-run)/],
    ['the team API and its schemas', /^src\/api\/team(-contract)?\.ts$/],
    [
      'every other page (account, Activity, Removed, Team, sign-in, setup, invite, profile, staff events, demo console)',
      /^src\/features\/(accounts\/(account|activity|removed)|team\/team|auth\/(sign-in|setup|invite|profile)|audit\/staff-events|demo\/demo-console)-page\.tsx$/,
    ],
  ])('leaves out %s', (_name, pattern) => {
    expect([...files].filter((file) => pattern.test(file))).toEqual([]);
  });
  // Imported from the router's main entry, these cannot be shaken out; the first board draws its tab title itself
  // (root-route.tsx) and restores no scroll.
  it("imports none of the router's head, scroll-restoration or blocking components", () => {
    const named = [...files].flatMap((file) =>
      [
        ...readFileSync(path.join(root, file), 'utf8').matchAll(
          /import\s*\{([^}]*)\}\s*from\s*'@tanstack\/react-router'/g,
        ),
      ]
        .flatMap((match) => match[1]!.split(','))
        .map((name) => name.trim())
        .filter((name) =>
          ['HeadContent', 'Scripts', 'ScrollRestoration', 'Await', 'useBlocker', 'Block'].includes(name),
        )
        .map((name) => `${file}: ${name}`),
    );
    expect(named).toEqual([]);
  });
});

describe("the demo connection's JavaScript", () => {
  // src/demo-start.ts awaits this chunk at the top level of the page's first chunk, so that the demo's Worker is
  // started before the app is evaluated. Were the chunk to import anything the first chunk holds, its evaluation would
  // wait for the first chunk's, which waits for it: the demo would never start.
  it('imports nothing the first board imports', () => {
    const board = firstLoad(path.join(root, 'src/main.tsx'));
    const { files, packages } = firstLoad(path.join(root, 'mocks/demo-connection.ts'));
    expect([...files].filter((file) => board.files.has(file))).toEqual([]);
    expect([...packages]).toEqual([]);
  });
});
