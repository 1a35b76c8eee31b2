import type { Page } from 'playwright-core';

export interface HeapUsage {
  /** Bytes of the JS heap in use. */
  usedSize: number;
  /** Bytes of array buffers outside the heap (jieba-wasm's memory among them). */
  backingStorageSize: number;
}

/**
 * The extension's service worker's heap, read over the DevTools protocol
 * (`Runtime.getHeapUsage`): a worker has no `performance.memory`, and
 * Playwright opens protocol sessions on pages only, so the page's session
 * attaches to the worker's target and relays the one request.
 */
export async function backgroundHeap(page: Page): Promise<HeapUsage> {
  const session = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as {
      targetInfos: Array<{ targetId: string; type: string; url: string }>;
    };
    const worker = targetInfos.find((target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'));
    if (!worker) throw new Error('the extension has no service worker running');
    const { sessionId } = (await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as {
      sessionId: string;
    };
    const reply = new Promise<HeapUsage>((resolve) => {
      session.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
        const message = JSON.parse(event.message) as { id?: number; result?: HeapUsage };
        if (message.id === 1 && message.result) resolve(message.result);
      });
    });
    await session.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }),
    });
    const usage = await reply;
    await session.send('Target.detachFromTarget', { sessionId });
    return usage;
  } finally {
    await session.detach();
  }
}
