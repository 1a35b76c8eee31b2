import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import preact from '@preact/preset-vite';
import { defaultClientConditions, type Plugin } from 'vite';
import { defineConfig } from 'wxt';

const require = createRequire(import.meta.url);
/** jieba's WebAssembly build, shipped inside the extension so nothing is ever downloaded. */
const JIEBA_WASM = join(dirname(require.resolve('jieba-wasm/web')), 'jieba_rs_wasm_bg.wasm');

/**
 * jieba's web glue names its `.wasm` with `new URL(…, import.meta.url)` as a
 * default. Vite would inline that 4 MB file as base64 into the background
 * script (built in library mode); the extension always passes the URL of
 * the copy in its package instead, so the default is cut out.
 */
function withoutBundledWasmUrl(): Plugin {
  return {
    name: 'tiankong:jieba-wasm-url',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').includes('jieba-wasm/pkg/web/')) return undefined;
      const replaced = code.replace(/new URL\('jieba_rs_wasm_bg\.wasm', import\.meta\.url\)/u, 'undefined');
      if (replaced === code) throw new Error('jieba-wasm changed its loader; update withoutBundledWasmUrl in wxt.config.ts');
      return { code: replaced, map: null };
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: a reader sees where `browser` or `defineBackground` come from.
  imports: false,
  vite: () => ({
    plugins: [preact(), withoutBundledWasmUrl()],
    // The analyzer is bundled from its TypeScript sources (its package's `tiankong-source` export condition), never from a stale dist/.
    resolve: { conditions: ['tiankong-source', ...defaultClientConditions] },
    build: {
      // The analyzer and jieba's glue are large; a warning per build would only be noise.
      chunkSizeWarningLimit: 4096,
    },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: JIEBA_WASM, relativeDest: 'jieba.wasm' });
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '填空 Tiankong',
    description: '在网页编辑器里标出公文草稿中的空白：缺失的数字、日期和模板占位符。全部在本机分析，不联网。',
    default_locale: undefined,
    // Only what the features need; each one is explained in the README.
    permissions: ['storage', ...(browser === 'chrome' ? ['sidePanel'] : [])],
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" }
        : "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    action: { default_title: '填空 Tiankong' },
    browser_specific_settings: browser === 'firefox' ? { gecko: { id: 'tiankong@tiankong.invalid' } } : undefined,
  }),
});
