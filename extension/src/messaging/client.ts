import { browser } from 'wxt/browser';
import type { BackgroundReplies, BackgroundRequest } from './protocol.js';

/** Sends a request to the background and returns its typed reply. */
export async function requestBackground<Request extends BackgroundRequest>(
  request: Request,
): Promise<BackgroundReplies[Request['type']]> {
  return (await browser.runtime.sendMessage(request)) as BackgroundReplies[Request['type']];
}
