import { defineConfig } from 'vitest/config';

// Three projects, by what a test needs running: nothing, a database, or the whole local stack
// (database, local Supabase API, keychain, provider stand-ins).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}'],
          typecheck: { enabled: true, include: ['shared/**/*.test-d.ts'] },
        },
      },
      {
        test: {
          name: 'db',
          include: ['test/db/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'integration',
          include: [
            'test/integration/**/*.test.ts',
            'test/providers/**/*.test.ts',
            'test/packaging/**/*.test.ts',
            'test/security/**/*.test.ts',
          ],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
