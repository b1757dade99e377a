import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { defineConfig, globalIgnores } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const tsFiles = ['**/*.{ts,tsx,mts,cts}'];
const jsFiles = ['**/*.{js,mjs,cjs}'];
const testFiles = ['tests/**/*.{ts,tsx}', '**/*.test.{ts,tsx}'];

// The import direction from STYLE.md: routes → features → (api, domain, components, stores);
// domain imports nothing of ours; mocks/ and server/ stay out of the browser bundle.
//
// `no-restricted-imports` matches the import string, not the resolved file, and a later config
// object replaces (does not merge) an earlier one's options. So each folder gets one entry per
// nesting depth, listing every pattern that applies there, with the exact number of `../` that
// climbs back to src/ (a feature's own `../api` subfolder is then not mistaken for src/api).
const srcFolders = ['api', 'app', 'components', 'domain', 'features', 'routes', 'stores'];
const maxDepth = 6;

/** @type {Record<string, string[]>} what each src folder may not import from src */
const forbiddenInSrc = {
  api: ['features', 'routes', 'app', 'components', 'stores'],
  app: [],
  components: ['features', 'routes', 'app', 'api'],
  domain: ['api', 'features', 'routes', 'app', 'components', 'stores'],
  features: ['routes', 'app'],
  routes: [],
  stores: ['features', 'routes', 'app'],
};

// domain is pure business rules: no UI, state or transport libraries.
const domainForbiddenPackages = [
  { regex: '^react(-dom)?(/|$)', message: 'src/domain holds pure functions: no React.' },
  {
    regex: '^(@tanstack/|@radix-ui/|zustand(/|$)|recharts(/|$)|msw(/|$)|hono(/|$))',
    message: 'src/domain holds pure functions: no UI, state, routing or transport libraries.',
  },
];

const oneOf = (names) => `(?:${names.join('|')})`;
const upTo = (levels) => `(?:\\.\\./){${levels}}`;

const bundleMessage =
  'Only src/main.tsx and src/demo-start.ts may load mocks/ (lazily, in demo mode); server/ never enters the browser bundle.';

/**
 * @param {string} folder  folder under src/, or '' for files directly in src/
 * @param {number} depth   number of directories between src/<folder>/ and the file
 * @param {boolean} isTest a *.test.ts(x) file: not bundled, so it may use mocks/node (server.use) and server/
 */
function patternsFor(folder, depth, isTest) {
  const toSrc = folder === '' ? '\\./' : upTo(depth + 1);
  const toRoot = upTo(folder === '' ? 1 : depth + 2);
  const patterns = isTest ? [] : [{ regex: `^${toRoot}(?:mocks|server)(?:/|$)`, message: bundleMessage }];
  const forbidden = forbiddenInSrc[folder] ?? [];
  if (forbidden.length > 0) {
    const targets = oneOf(forbidden);
    patterns.push({
      // Relative climbs back to src/, plus src/… and @/… spellings should an alias appear.
      regex: `^(?:${toSrc}|(?:\\.\\./)*src/|@/)${targets}(?:/|$)`,
      message: `src/${folder} may not import from src/{${forbidden.join(',')}} (imports run routes → features → api, domain, components, stores).`,
    });
  }
  if (folder === 'features' && depth > 0) {
    // From src/features/<a>/…/file (depth dirs below src/features/), `../` × depth lands in src/features/.
    patterns.push({
      regex: `^(?:${upTo(depth)}[^./][^/]*(?:/|$)|${upTo(depth + 1)}features/)`,
      message: 'A feature does not reach into another feature; move what they share down a level.',
    });
  }
  if (folder === 'domain') patterns.push(...domainForbiddenPackages);
  return patterns.map((pattern) => ({ ...pattern, caseSensitive: true }));
}

const srcTestFiles = ['src/**/*.test.{ts,tsx}'];

function restrictImports(name, folder, depth) {
  const dir = folder === '' ? 'src/' : `src/${folder}/${'*/'.repeat(depth)}`;
  // The test-file entry comes second, so it replaces the first one for *.test.ts(x).
  return [false, true].map((isTest) => ({
    name: isTest ? `${name}/tests` : name,
    files: [isTest ? `${dir}*.test.{ts,tsx}` : `${dir}*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: patternsFor(folder, depth, isTest) }] },
  }));
}

const importDirectionConfigs = [
  ...restrictImports('house/imports/src-root', '', 0),
  ...srcFolders.flatMap((folder) =>
    Array.from({ length: maxDepth + 1 }, (_, depth) =>
      restrictImports(`house/imports/${folder}/depth-${depth}`, folder, depth),
    ).flat(),
  ),
  {
    name: 'house/imports/main',
    // main.tsx boots the app and lazily starts MSW from mocks/browser; demo-start.ts, the page's first entry,
    // lazily starts the demo API's Worker from mocks/demo-connection.
    files: ['src/main.tsx', 'src/demo-start.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./server(?:/|$)',
              message: bundleMessage,
              caseSensitive: true,
            },
          ],
        },
      ],
    },
  },
  {
    name: 'house/imports/mocks-and-server',
    files: ['mocks/**/*.{ts,tsx}', 'server/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(?:^|/)src/(?!(?:api|domain)(?:/|$))',
              message: 'mocks/ and server/ may import only src/api and src/domain.',
              caseSensitive: true,
            },
          ],
        },
      ],
    },
  },
  {
    name: 'house/imports/dynamic',
    // no-restricted-imports does not see import(); catch a lazy load of mocks/ or server/ outside main.tsx.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main.tsx', 'src/demo-start.ts', ...srcTestFiles],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression[source.value=/(^|\\u002F)(mocks|server)\\u002F/]', message: bundleMessage },
      ],
    },
  },
];

export default defineConfig([
  globalIgnores(['dist/', 'coverage/', 'node_modules/', 'public/mockServiceWorker.js', 'tests/browser/artifacts/']),

  {
    name: 'house/js',
    files: [...jsFiles, ...tsFiles],
    extends: [js.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  {
    name: 'house/typescript',
    files: tsFiles,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // Stores implement an async interface; an in-memory one has nothing to await, and that is fine.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // React event props may take async handlers; the returned promise is deliberately ignored there.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // TanStack Router's loaders throw redirect() and notFound(), which are not Error objects.
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [{ from: 'package', package: '@tanstack/router-core', name: ['Redirect', 'NotFoundError'] }],
        },
      ],
    },
  },

  {
    name: 'house/react',
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, pluginQuery.configs['flat/recommended']],
    languageOptions: { globals: globals.browser },
  },

  {
    name: 'house/a11y',
    files: ['**/*.tsx'],
    extends: [jsxA11y.flatConfigs.recommended],
  },

  {
    name: 'house/node',
    files: ['server/**', 'mocks/**', 'scripts/**', 'tests/**', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },

  {
    name: 'house/plain-js',
    // .js/.mjs files are not in the TypeScript project (no allowJs): lint them as plain modules.
    files: jsFiles,
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: globals.node,
    },
  },

  {
    name: 'house/commonjs',
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },

  {
    name: 'house/browser-tests',
    // Playwright callbacks passed to page.evaluate() run in the page.
    files: ['tests/browser/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  {
    name: 'house/tests',
    files: testFiles,
    rules: {
      // expect(mock.method).toHaveBeenCalled() and vi.spyOn(obj, 'method') pass methods unbound on purpose.
      '@typescript-eslint/unbound-method': 'off',
      // Asymmetric matchers (expect.any(String), expect.stringMatching(…)) are typed `any` by Vitest.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },

  ...importDirectionConfigs,
]);
