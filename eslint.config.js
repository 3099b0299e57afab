// @ts-check
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first. A module may import from its own layer and the layers
 * below it, never above: content → schemas → lib, i18n (browser-safe) → build (Node and
 * Astro runtime) → plugins → integrations (which run the plugins) → pages, layouts,
 * components. Client scripts (src/scripts and <script> in .astro files) reach the browser,
 * so they may import only lib and i18n.
 */
const FOLDERS = [
  'schemas',
  'lib',
  'i18n',
  'build',
  'plugins',
  'integrations',
  'components',
  'layouts',
  'pages',
  'scripts',
];
/** What only a server can run: it must never reach lib or a browser bundle. */
const SERVER_ONLY = ['^node:', '^astro:', '^@citation-js/', '^yaml$', '^pagefind$'];

/**
 * A no-restricted-imports rule that forbids the given folders and packages.
 * @param {string[]} folders @param {string[]} packages @param {string} why
 * @returns {import('eslint').Linter.RulesRecord}
 */
function forbid(folders, packages, why) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...folders.map((f) => ({ regex: `(^|/)${f}(/|$)`, message: `${why} (${f}/ is a higher layer)` })),
          ...packages.map((p) => ({ regex: p, message: `${why} (server-only package)` })),
        ],
      },
    ],
  };
}
/** @param {string} layer */
const above = (layer) => FOLDERS.slice(FOLDERS.indexOf(layer) + 1);

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'test-results/', 'screenshots/', 'bench/'] },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/schemas/**'], rules: forbid(above('schemas'), [], 'schemas import nothing of the site') },
  {
    files: ['src/lib/**', 'src/i18n/**'],
    ignores: ['**/*.test.ts'], // tests run in Node and may read files
    rules: forbid(above('i18n'), SERVER_ONLY, 'lib and i18n are browser-safe and pure'),
  },
  {
    files: ['src/build/**'],
    rules: forbid(above('build'), [], 'build code may use only lib, i18n, schemas'),
  },
  { files: ['src/plugins/**'], rules: forbid(above('plugins'), [], 'plugins may not import what runs them') },
  {
    files: ['src/integrations/**'],
    rules: forbid(above('integrations'), [], 'integrations sit below pages'),
  },
  {
    // src/scripts and every <script> of an .astro file (the Astro plugin lints it as *.astro/*.ts).
    files: ['src/scripts/**', 'src/**/*.astro/*.ts', 'src/**/*.astro/*.js'],
    rules: forbid(
      ['schemas', 'build', 'plugins', 'integrations', 'components', 'layouts', 'pages'],
      SERVER_ONLY,
      'client scripts run in the browser: import only from src/lib and src/i18n',
    ),
  },
);
