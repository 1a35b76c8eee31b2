import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { AnalyzerHost } from '../src/analysis/analyzer-host.js';
import { loadJiebaWeb } from '../src/analysis/jieba-web.js';
import { DocumentRegistry } from '../src/background/document-registry.js';
import { handleBackgroundRequest } from '../src/background/requests.js';
import { backgroundRequestSchema, SIDE_PANEL_PORT } from '../src/messaging/protocol.js';
import { DEFAULT_SETTINGS } from '../src/settings/settings.js';
import { loadSettings, onSettingsChanged } from '../src/settings/storage.js';

/**
 * The privileged side: runs the analyzer (jieba-wasm) for every tab and for
 * the panel's paste box, keeps the latest analysis of each open draft for the
 * side panel, and shows the number of must-fix gaps on the toolbar badge.
 */
export default defineBackground(() => {
  // jieba.wasm is copied in by a build hook (wxt.config.ts), so WXT's generated list of public paths does not know it.
  const getExtensionUrl = browser.runtime.getURL as (path: string) => string;
  const host = new AnalyzerHost(() => loadJiebaWeb(getExtensionUrl('/jieba.wasm')));
  const registry = new DocumentRegistry();
  const state = { settings: DEFAULT_SETTINGS };
  void loadSettings().then((settings) => {
    state.settings = settings;
  });
  onSettingsChanged((settings) => {
    state.settings = settings;
  });

  // The toolbar button opens the side panel (Chrome) or toggles the sidebar (Firefox).
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  const firefox = browser as unknown as {
    browserAction?: { onClicked: { addListener(listener: () => void): void } };
    sidebarAction?: { toggle(): Promise<void> };
  };
  firefox.browserAction?.onClicked.addListener(() => void firefox.sidebarAction?.toggle());

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const parsed = backgroundRequestSchema.safeParse(message);
    if (!parsed.success) return false;
    handleBackgroundRequest(parsed.data, sender, { host, registry, settings: () => state.settings }).then(
      (reply) => sendResponse(reply),
      (error: unknown) => {
        console.error('Tiankong background request failed', error);
        sendResponse(null);
      },
    );
    // Keeps the channel open for the asynchronous reply.
    return true;
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== SIDE_PANEL_PORT) return;
    registry.addPanel(port);
  });

  browser.tabs.onActivated.addListener(({ tabId }) => registry.activateTab(tabId));
  browser.tabs.onRemoved.addListener((tabId) => {
    for (const documentId of registry.removeTab(tabId)) host.forget(documentId);
  });
});
