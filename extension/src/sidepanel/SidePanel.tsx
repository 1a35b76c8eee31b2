import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Finding } from '../analysis/finding.js';
import { countPerSection } from '../analysis/outline.js';
import { requestBackground } from '../messaging/client.js';
import { type Analysis, type DocumentSnapshot, panelUpdateSchema, SIDE_PANEL_PORT } from '../messaging/protocol.js';
import { DEFAULT_SETTINGS } from '../settings/settings.js';
import { loadSettings, onSettingsChanged } from '../settings/storage.js';
import { FindingList } from '../ui/FindingList.js';
import { strings } from '../ui/strings.js';

/** Follows the draft the writer is editing (pushed by the background over a port). */
function useActiveDocument(): DocumentSnapshot | null {
  const [snapshot, setSnapshot] = useState<DocumentSnapshot | null>(null);
  useEffect(() => {
    const port = browser.runtime.connect({ name: SIDE_PANEL_PORT });
    port.onMessage.addListener((message: unknown) => {
      const update = panelUpdateSchema.safeParse(message);
      if (update.success) setSnapshot(update.data.document);
    });
    return () => port.disconnect();
  }, []);
  return snapshot;
}

function useSettings() {
  const [settings, setSettings] = useState(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  return settings;
}

/**
 * The side panel: the outline of the draft with gap counts per section, the
 * gap list grouped by rule (must-fix first) — a click selects the spot in the
 * editor — and a paste box for editors whose text is not in the page.
 */
export function SidePanel() {
  const document = useActiveDocument();
  const settings = useSettings();
  const words = strings(settings.language);
  const reveal = (offset: number, length: number) => {
    if (!document) return;
    void requestBackground({
      type: 'revealFinding',
      tabId: document.tabId,
      frameId: document.frameId,
      documentId: document.documentId,
      offset,
      length,
    });
  };
  return (
    <main>
      <h1>{words.panelTitle}</h1>
      {document ? (
        <DocumentView document={document} language={settings.language} onReveal={reveal} />
      ) : (
        <p class="empty" data-testid="no-document">
          {words.noDocument}
        </p>
      )}
      <PasteBox language={settings.language} />
    </main>
  );
}

function Summary({ analysis, language }: { analysis: Analysis; language: 'zh' | 'en' }) {
  const words = strings(language);
  const mustFix = analysis.findings.filter((finding) => finding.severity === 'error').length;
  return (
    <p class="summary">
      <strong>{words.mustFixCount(mustFix)}</strong> · {words.findingCount(analysis.findings.length)}
    </p>
  );
}

function DocumentView({
  document,
  language,
  onReveal,
}: {
  document: DocumentSnapshot;
  language: 'zh' | 'en';
  onReveal(offset: number, length: number): void;
}) {
  const words = strings(language);
  const { analysis, text } = document;
  const sectionCounts = useMemo(() => {
    const all = countPerSection(
      analysis.outline,
      analysis.findings.map((finding) => finding.offset),
    );
    const errors = countPerSection(
      analysis.outline,
      analysis.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.offset),
    );
    return all.map((count, index) => ({ count, errors: errors[index]! }));
  }, [analysis]);
  return (
    <>
      <Summary analysis={analysis} language={language} />
      <p class="source">
        {document.pageTitle || document.hostname} · {document.editor}
      </p>
      <h2>{words.outline}</h2>
      {analysis.outline.length === 0 ? (
        <p class="empty">{words.noOutline}</p>
      ) : (
        <ul class="outline" data-testid="outline">
          {analysis.outline.map((heading, index) => (
            <li key={`${heading.kind}:${heading.offset}`} style={{ paddingLeft: `${heading.level * 14}px` }}>
              <button
                type="button"
                class={`heading ${heading.kind}`}
                data-offset={heading.offset}
                onClick={() => onReveal(heading.offset, heading.marker.length + heading.title.length)}
              >
                <span class="title">
                  {heading.marker}
                  {heading.title}
                </span>
                <span class={`gaps${sectionCounts[index]!.errors > 0 ? ' has-errors' : ''}`}>{sectionCounts[index]!.count}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <h2>{words.gaps}</h2>
      <div data-testid="gap-list">
        <FindingList
          findings={analysis.findings}
          text={text}
          language={language}
          onSelect={(finding) => onReveal(finding.offset, finding.length)}
        />
      </div>
      <footer>{words.analysedIn(analysis.backend, analysis.elapsedMs)}</footer>
    </>
  );
}

/** Checks pasted text: the fallback for canvas-drawn editors (Google Docs, Tencent Docs) whose page holds no text. */
function PasteBox({ language }: { language: 'zh' | 'en' }) {
  const words = strings(language);
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ text: string; analysis: Analysis } | undefined>();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const check = async () => {
    const analysis = await requestBackground({ type: 'analyzeText', text });
    if (analysis) setResult({ text, analysis });
  };
  const select = (finding: Finding) => {
    const element = textarea.current;
    if (!element || element.value !== result?.text) return;
    element.focus();
    element.setSelectionRange(finding.offset, finding.offset + finding.length);
  };
  return (
    <section data-testid="paste-box">
      <h2>{words.pasteBox}</h2>
      <p class="hint">{words.pasteHint}</p>
      <textarea ref={textarea} value={text} onInput={(event) => setText(event.currentTarget.value)} />
      <button type="button" class="primary" onClick={() => void check()}>
        {words.check}
      </button>
      {result && (
        <div data-testid="paste-results">
          <Summary analysis={result.analysis} language={language} />
          <FindingList findings={result.analysis.findings} text={result.text} language={language} onSelect={select} />
        </div>
      )}
    </section>
  );
}
