// ESLint: typescript-eslint's type-checked rules over src/; over tests/ the recommended rules plus the
// type-aware ones that catch test mistakes (a promise not awaited passes silently). Tests read GraphQL
// answers as untyped JSON, which the no-unsafe-* rules would flag on every line. Formatting is
// Prettier's (eslint-config-prettier turns off what clashes); max-len catches what Prettier cannot
// wrap (long strings and comments).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

// One project service for every TypeScript file (typescript-eslint keeps a single instance per run).
const parserOptions = { projectService: { allowDefaultProject: ['*.mts'] }, tsconfigRootDir: import.meta.dirname };

const maxLen = [
  'error',
  { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true, ignorePattern: '^import |^\\s*// .*https?://' },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'tools/neo4j-local/lib/',
      'tools/neo4j-local/classes/',
      'test-artifacts/',
      'data/',
      'src/db/queries.generated.ts',
    ],
  },
  {
    files: ['src/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked, prettier],
    languageOptions: { parserOptions },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'max-len': maxLen,
    },
  },
  {
    files: ['tests/**/*.ts', '*.mts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, prettier],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-len': maxLen,
    },
  },
  {
    files: ['public/**/*.js'],
    extends: [js.configs.recommended, prettier],
    languageOptions: {
      sourceType: 'script',
      globals: {
        window: 'readonly',
        document: 'readonly',
        fetch: 'readonly',
        localStorage: 'readonly',
        sessionStorage: 'readonly',
        console: 'readonly',
        cytoscape: 'readonly',
        Chart: 'readonly',
        URLSearchParams: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        AbortController: 'readonly',
        prompt: 'readonly',
        location: 'readonly',
        history: 'readonly',
        Intl: 'readonly',
        encodeURIComponent: 'readonly',
        requestAnimationFrame: 'readonly',
        EventSource: 'readonly',
        WebSocket: 'readonly',
        Node: 'readonly',
      },
    },
    rules: { 'max-len': maxLen },
  },
);
