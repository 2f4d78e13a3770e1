import { defineConfig } from 'vitest/config';

/**
 * Runs only the list benchmark's measurement (see list-search.bench.ts), with React's production
 * build, as the packaged app runs it.
 */
export default defineConfig({
  mode: 'production',
  // The production JSX runtime too (react/jsx-dev-runtime has no jsxDEV in production).
  oxc: { jsx: { development: false } },
  test: {
    include: ['renderer/src/integrations/list/list-search.measure.tsx'],
    environment: 'happy-dom',
    env: { NODE_ENV: 'production' },
  },
});
