import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

/**
 * Two projects: `node` (unit, storage and HTTP tests, on PGlite and, when DATABASE_URL is set, on a
 * fresh PostgreSQL database) and `workerd` (the Worker entry inside the Workers runtime, reaching a
 * database through a Hyperdrive binding). `tests/global-setup.ts` prepares the databases for both.
 */
const reportFile = process.env.TEST_REPORT_FILE;

export default defineConfig({
  test: {
    globalSetup: ['./tests/global-setup.ts'],
    // CI reads its totals from a JSON report rather than from the console summary.
    reporters: reportFile ? ['default', ['json', { outputFile: reportFile }]] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['shared/**/*.test.ts', 'backend/**/*.test.ts', 'addin/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['tests/workerd/**'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        plugins: [
          cloudflareTest(({ inject }) => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              hyperdrives: { HYPERDRIVE: inject('workerdDatabaseUrl') },
              // One guess a minute per code, so the test reaches the limit in two requests.
              ratelimits: { REDEEM_CODE_LIMITER: { namespace_id: '7102', simple: { limit: 1, period: 60 } } },
            },
          })),
        ],
        test: {
          name: 'workerd',
          include: ['tests/workerd/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
