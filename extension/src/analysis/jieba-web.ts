import initJieba, * as jieba from 'jieba-wasm/web';
import { createJiebaWasmSegmenter, type Segmenter } from './analyzer-core.js';

/** jieba's WebAssembly build, started from the `.wasm` shipped inside the extension (never fetched from anywhere else). */
export async function loadJiebaWeb(wasmUrl: string): Promise<Segmenter> {
  await initJieba({ module_or_path: wasmUrl });
  return createJiebaWasmSegmenter(jieba);
}
