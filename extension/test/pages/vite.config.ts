import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const pages = readdirSync(here).filter((name) => name.endsWith('.html'));

/** The local pages the E2E tests drive: one per editor family, each editor installed from npm. Built once per test run. */
export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: join(here, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 8192,
    rollupOptions: { input: Object.fromEntries(pages.map((page) => [page.replace(/\.html$/u, ''), join(here, page)])) },
  },
});
