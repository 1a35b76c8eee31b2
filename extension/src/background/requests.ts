import { type Browser, browser } from 'wxt/browser';
import type { AnalyzerHost } from '../analysis/analyzer-host.js';
import type { BackgroundReplies, BackgroundRequest, ContentRequest } from '../messaging/protocol.js';
import type { ExtensionSettings } from '../settings/settings.js';
import type { DocumentRegistry } from './document-registry.js';

export interface BackgroundServices {
  host: AnalyzerHost;
  registry: DocumentRegistry;
  settings(): ExtensionSettings;
}

/** Answers one request from a content script or the side panel. */
export async function handleBackgroundRequest(
  request: BackgroundRequest,
  sender: Browser.runtime.MessageSender,
  { host, registry, settings }: BackgroundServices,
): Promise<BackgroundReplies[BackgroundRequest['type']]> {
  switch (request.type) {
    case 'analyzeDocument': {
      const analysis = await host.analyze(request.text, settings(), request.documentId);
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        registry.update({
          tabId,
          frameId: sender.frameId ?? 0,
          documentId: request.documentId,
          editor: request.editor,
          hostname: request.hostname,
          pageTitle: request.pageTitle,
          text: request.text,
          analysis,
        });
      }
      return analysis;
    }
    case 'documentFocused':
      if (!registry.get(request.documentId)) return false;
      registry.focus(request.documentId);
      return true;
    case 'documentClosed':
      registry.close(request.documentId);
      host.forget(request.documentId);
      return null;
    case 'analyzeText':
      return host.analyze(request.text, settings());
    case 'getActiveDocument':
      return registry.active();
    case 'revealFinding': {
      const message: ContentRequest = {
        type: 'revealFinding',
        documentId: request.documentId,
        offset: request.offset,
        length: request.length,
      };
      await browser.tabs.update(request.tabId, { active: true }).catch(() => undefined);
      const revealed: unknown = await browser.tabs
        .sendMessage(request.tabId, message, { frameId: request.frameId })
        .catch(() => false);
      return revealed === true;
    }
  }
}
