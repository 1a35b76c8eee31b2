import type { BrowserContext } from 'playwright-core';

/** Every request made in a browser context: pages, frames, extension pages and (with Playwright's switch) service workers. */
export class NetworkLog {
  readonly requests: string[] = [];

  watch(context: BrowserContext): void {
    context.on('request', (request) => {
      this.requests.push(request.url());
    });
  }
}
