import { exposeTestPage } from './harness.js';

/**
 * A page whose editor lives in a same-origin iframe with a URL of its own:
 * the test page of the framed document, reached through the frame. Nesting
 * works because the framed document may itself be such a host.
 */
export function exposeFramedTestPage(frame: HTMLIFrameElement): void {
  exposeTestPage(
    new Promise<void>((resolve) => {
      if (frame.contentDocument?.readyState === 'complete' && frame.contentWindow?.testPageReady) resolve();
      else frame.addEventListener('load', () => resolve(), { once: true });
    })
      .then(() => frame.contentWindow!.testPageReady)
      .then(() => {
        const inner = frame.contentWindow!.testPage!;
        return { family: inner.family, editable: () => inner.editable(), content: () => inner.content() };
      }),
  );
}
