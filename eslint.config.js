// Lint rules are errors, never warnings. Each rule here closes a class of bug the compiler
// cannot see; every disable comment in the code must end with "-- reason".
import tseslint from 'typescript-eslint';

const riskySinks = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Untrusted content must never become HTML: render text, or go through the sanitiser module.' },
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'innerHTML/outerHTML turn data into code; build nodes or render text.' },
  { selector: "CallExpression[callee.name='eval']", message: 'eval runs data as code.' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function runs data as code.' },
];

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description', 'ts-ignore': true, 'ts-nocheck': true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      curly: ['error', 'all'],
      'no-restricted-syntax': ['error', ...riskySinks],
      'no-restricted-properties': [
        'error',
        { object: 'describe', property: 'only', message: 'A focused suite silently skips the rest.' },
        { object: 'it', property: 'only', message: 'A focused test silently skips the rest.' },
        { object: 'test', property: 'only', message: 'A focused test silently skips the rest.' },
      ],
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only main/electron may import electron.' }] }],
    },
  },
  {
    files: ['main/electron/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['main/core/**/*.ts', 'renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
);
