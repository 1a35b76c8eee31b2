import { defineConfig } from 'vitest/config';

// Each workspace has its own vitest config; `npm test` at the root runs them all.
export default defineConfig({
  test: {
    // The extension has two: unit tests, and the real-browser E2E suite (builds the extension once in its global setup).
    projects: ['analyzer', 'extension/vitest.config.ts', 'extension/vitest.e2e.config.ts'],
  },
});
