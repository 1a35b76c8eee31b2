/**
 * Loads an editor the way OA and CMS pages include it: a classic `<script>`
 * from the site's own files (assets/vendor/, copied from the npm package by
 * vite.config.ts), which then finds its base path from its own URL.
 */
export function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)), { once: true });
    document.head.append(script);
  });
}
