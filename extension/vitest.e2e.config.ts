import { defineConfig } from 'vitest/config';

/**
 * Real-browser tests: Debian's Chromium with the built extension, against
 * local pages hosting each editor family. One browser for the whole suite,
 * so one file and no parallelism.
 */
export default defineConfig({
  // The analyzer from its TypeScript sources, as the extension's build takes it (wxt.config.ts).
  resolve: { conditions: ['tiankong-source'] },
  ssr: { resolve: { conditions: ['tiankong-source'] } },
  test: {
    name: 'extension-e2e',
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
