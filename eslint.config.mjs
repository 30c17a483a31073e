import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  { ignores: ['.next/**', 'lib/generated/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // A leading underscore marks what a signature must take but need not use (the public reads take
      // the viewer like every read of lib/data), and the rest of an object with one field left out.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Pages, layouts and components reach data only through the data-access layer (lib/data), which
    // checks the viewer's rights; importing the database client there would bypass it.
    files: ['app/**', 'components/**', 'proxy.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/lib/db/*', '**/lib/db/*'], message: 'Read and write through lib/data, which checks the viewer’s rights.' },
            { group: ['@/lib/generated/prisma/client', '**/generated/prisma/client'], message: 'Read and write through lib/data.' },
          ],
        },
      ],
    },
  },
];

export default config;
