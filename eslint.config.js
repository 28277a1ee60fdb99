// Lint runs in `npm test`; type-aware rules stay off so lint stays fast on two cores.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'examples/**',
      'test/fixtures/**',
      '.oda/**',
      'docs/evidence/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        structuredClone: 'readonly',
        performance: 'readonly',
        Response: 'readonly',
        Request: 'readonly',
        Headers: 'readonly',
        queueMicrotask: 'readonly',
        setImmediate: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='it'][callee.property.name=/^(only|skip|todo)$/]",
          message: 'CI runs every test: no .only/.skip/.todo',
        },
        {
          selector: "CallExpression[callee.object.name='describe'][callee.property.name=/^(only|skip|todo)$/]",
          message: 'CI runs every test: no .only/.skip/.todo',
        },
        {
          selector: "CallExpression[callee.object.name='test'][callee.property.name=/^(only|skip|todo)$/]",
          message: 'CI runs every test: no .only/.skip/.todo',
        },
        {
          selector: "MemberExpression[object.name='vi'][property.name='mock']",
          message: 'Use the GitHub simulator or real services, never vi.mock',
        },
      ],
    },
  },
)
