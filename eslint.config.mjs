import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  { ignores: ['.next/**', 'lib/generated/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  ...nextVitals,
  ...nextTypescript,
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
