import { cpSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const pages = readdirSync(here).filter((name) => name.endsWith('.html'));
const require = createRequire(import.meta.url);

/**
 * Editors that load their plugins, skins and language files at run time from
 * a base path next to their script (KindEditor, CKEditor 4), as OA systems
 * serve them: the files each needs, copied from its npm package into the
 * build's assets/vendor/<package>/, so the pages load nothing from elsewhere.
 */
const VENDORED: Record<string, readonly string[]> = {
  kindeditor: ['kindeditor-all-min.js', 'lang', 'plugins', 'themes'],
  ckeditor4: ['ckeditor.js', 'config.js', 'contents.css', 'styles.js', 'lang', 'plugins', 'skins'],
};

function vendoredEditors(outDir: string): Plugin {
  return {
    name: 'tiankong:vendored-editors',
    apply: 'build',
    writeBundle() {
      for (const [name, entries] of Object.entries(VENDORED)) {
        const from = dirname(require.resolve(`${name}/package.json`));
        for (const entry of entries)
          cpSync(join(from, entry), join(outDir, 'assets', 'vendor', name, entry), { recursive: true });
      }
    },
  };
}

/** The local pages the E2E tests drive: one per editor family, each editor installed from npm. Built once per test run. */
export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  plugins: [vendoredEditors(join(here, 'dist'))],
  build: {
    outDir: join(here, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 8192,
    rollupOptions: { input: Object.fromEntries(pages.map((page) => [page.replace(/\.html$/u, ''), join(here, page)])) },
  },
});
