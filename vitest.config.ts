import { defineConfig } from 'vitest/config';

// Each workspace has its own vitest config; `npm test` at the root runs them all.
export default defineConfig({
  test: {
    projects: ['analyzer'],
  },
});
