import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'analyzer',
    include: ['test/**/*.test.ts'],
    // Loading jieba's dictionary takes a moment per worker; the 2-core CI machine runs two.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
