import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tools/**/*.test.ts'],
    environment: 'node',
    // Core tests open real SQLite files and spawn processes; keep the 2-core machines calm.
    pool: 'forks',
    testTimeout: 20000,
  },
});
