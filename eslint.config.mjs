// Flat ESLint config: type-aware rules off (tsc --noEmit type-checks); zero warnings allowed in CI.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Build scripts and the end-to-end runner are linted as well: they ship with the extension's repository.
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The end-to-end suite runs inside VS Code's extension host, which loads it as CommonJS.
    files: ['test/e2e/suite/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The service is a pure library: documents and lexicon text come in through its API (STYLE.md, point 2).
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'child_process', 'os', 'url'], message: 'server/src/service must not use Node built-ins.' },
            { group: ['vscode', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageclient*'], message: 'server/src/service must not depend on LSP or VS Code.' },
            {
              group: ['**/node/*', '**/exports/*', '**/server', '**/cli', '**/protocol', '**/settings', '**/workspaceLexicons'],
              message: 'server/src/service is the library the server, the CLI and the exports adapt: it must not import them.',
            },
          ],
        },
      ],
    },
  },
  {
    // The client speaks the protocol; it never runs the analysis itself.
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/src/service', '**/server/src/service/**'], message: 'The client talks to the server (server/src/protocol.ts); it must not import the service.' }] }],
    },
  },
);
