// `npm run bench:search-accuracy`: the accuracy experiment runs under Vitest only because Vitest
// runs TypeScript in Node with the app's own modules; it asserts nothing and is not in the suite.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/experiments/**/*.experiment.ts'],
    environment: 'node',
    testTimeout: 3_600_000,
    hookTimeout: 600_000,
  },
});
