import type { Browser } from 'wxt/browser';
import type { DocumentSnapshot, PanelUpdate } from '../messaging/protocol.js';
import { mustFixCount, showMustFixCount } from './badge.js';

/**
 * The latest analysis of every draft open in a tab, and which one the side
 * panel follows: the draft the writer last moved into. Lives in memory only;
 * a draft's text is never stored.
 */
export class DocumentRegistry {
  private readonly documents = new Map<string, DocumentSnapshot>();
  private activeDocumentId: string | undefined;
  private readonly panels = new Set<Browser.runtime.Port>();

  update(snapshot: DocumentSnapshot): void {
    const isNew = !this.documents.has(snapshot.documentId);
    this.documents.set(snapshot.documentId, snapshot);
    // A draft seen for the first time is the one the writer just moved into.
    if (isNew || this.activeDocumentId === undefined || this.activeDocumentId === snapshot.documentId) {
      this.activeDocumentId = snapshot.documentId;
      this.publish();
    }
    void showMustFixCount(snapshot.tabId, mustFixCount(snapshot.analysis.findings)).catch(() => undefined);
  }

  focus(documentId: string): void {
    if (!this.documents.has(documentId) || this.activeDocumentId === documentId) return;
    this.activeDocumentId = documentId;
    const snapshot = this.documents.get(documentId)!;
    void showMustFixCount(snapshot.tabId, mustFixCount(snapshot.analysis.findings)).catch(() => undefined);
    this.publish();
  }

  close(documentId: string): void {
    const snapshot = this.documents.get(documentId);
    if (!snapshot) return;
    this.documents.delete(documentId);
    void showMustFixCount(snapshot.tabId, 0).catch(() => undefined);
    if (this.activeDocumentId === documentId) {
      this.activeDocumentId = undefined;
      this.publish();
    }
  }

  /** When the writer switches tabs, the panel follows the draft last used in that tab. */
  activateTab(tabId: number): void {
    const inTab = [...this.documents.values()].filter((snapshot) => snapshot.tabId === tabId);
    const latest = inTab.at(-1);
    if (latest) this.focus(latest.documentId);
  }

  /** Forgets a closed tab's drafts; returns their ids. */
  removeTab(tabId: number): string[] {
    const removed = [...this.documents.values()].filter((snapshot) => snapshot.tabId === tabId).map((s) => s.documentId);
    for (const documentId of removed) this.close(documentId);
    return removed;
  }

  active(): DocumentSnapshot | null {
    return (this.activeDocumentId && this.documents.get(this.activeDocumentId)) || null;
  }

  get(documentId: string): DocumentSnapshot | undefined {
    return this.documents.get(documentId);
  }

  addPanel(port: Browser.runtime.Port): void {
    this.panels.add(port);
    port.onDisconnect.addListener(() => this.panels.delete(port));
    port.postMessage({ type: 'documentUpdated', document: this.active() } satisfies PanelUpdate);
  }

  private publish(): void {
    const update: PanelUpdate = { type: 'documentUpdated', document: this.active() };
    for (const port of this.panels) port.postMessage(update);
  }
}
