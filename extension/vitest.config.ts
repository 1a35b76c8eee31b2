import { defineConfig } from 'vitest/config';

/** Unit tests of the extension's pure parts (text mapping, outline, settings, protocol, conventions). */
export default defineConfig({
  // The analyzer from its TypeScript sources, as the extension's build takes it (wxt.config.ts).
  resolve: { conditions: ['tiankong-source'] },
  ssr: { resolve: { conditions: ['tiankong-source'] } },
  test: {
    name: 'extension',
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Loading jieba's dictionary takes a moment per worker.
    testTimeout: 60_000,
  },
});
