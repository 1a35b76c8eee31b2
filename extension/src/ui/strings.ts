import { type Language, SEVERITY_LABELS } from '../analysis/finding.js';

/** The extension's own words, in both languages the analyzer speaks. */
const STRINGS = {
  zh: {
    severity: SEVERITY_LABELS.zh,
    apply: '应用',
    suggestion: '建议改为',
    noSuggestion: '请根据实际情况填写。',
    ignoreHere: '此处忽略',
    turnOffRule: '关闭此规则',
    close: '关闭',
    applyRefused: '此编辑器不接受自动修改，原文未改动。可复制建议，手动替换。',
    applyDamaged: '此编辑器不接受自动修改，且未能完全撤销，请按 Ctrl+Z 撤销后手动替换。',
    applyUnsupported: '此编辑器不接受自动修改。可复制建议，手动替换。',
    copySuggestion: '复制建议',
    copied: '已复制',
    panelTitle: '填空 · 文稿检查',
    outline: '提纲',
    noOutline: '未识别到标题。',
    gaps: '问题列表',
    noGaps: '没有发现问题。',
    noDocument: '在网页编辑器中点击正文，这里会显示提纲和问题列表。',
    pasteBox: '粘贴检查',
    pasteHint: '在线文档（如腾讯文档、Google 文档）的正文不在网页里，可复制全文粘贴到这里检查。',
    check: '检查',
    mustFixCount: (count: number) => `必须修改 ${count} 处`,
    findingCount: (count: number) => `共 ${count} 处`,
    analysedIn: (backend: string, ms: number) => `由 ${backend} 在本机分析，用时 ${ms.toFixed(0)} 毫秒，不联网。`,
    optionsTitle: '填空 · 设置',
    language: '语言',
    rules: '规则',
    sites: '停用的网站',
    sitesHint: '每行一个域名，例如 docs.example.gov.cn。这些网站上不做检查。',
    saved: '已保存',
    save: '保存',
    storageNote: '设置只保存在本浏览器的扩展存储中，不会同步或上传。',
  },
  en: {
    severity: SEVERITY_LABELS.en,
    apply: 'Apply',
    suggestion: 'Suggestion',
    noSuggestion: 'Fill in the actual value.',
    ignoreHere: 'Ignore here',
    turnOffRule: 'Turn off this rule',
    close: 'Close',
    applyRefused:
      'This editor does not accept automatic fixes; the text is unchanged. Copy the suggestion and replace it by hand.',
    applyDamaged:
      'This editor does not accept automatic fixes, and the change could not be fully undone: press Ctrl+Z, then replace it by hand.',
    applyUnsupported: 'This editor does not accept automatic fixes. Copy the suggestion and replace it by hand.',
    copySuggestion: 'Copy suggestion',
    copied: 'Copied',
    panelTitle: 'Tiankong · draft check',
    outline: 'Outline',
    noOutline: 'No headings recognised.',
    gaps: 'Gaps',
    noGaps: 'No gaps found.',
    noDocument: 'Click into the text of a web editor to see its outline and gaps here.',
    pasteBox: 'Check pasted text',
    pasteHint:
      'Online documents drawn on a canvas (Google Docs, Tencent Docs) hold no text in the page: copy the text and paste it here.',
    check: 'Check',
    mustFixCount: (count: number) => `${count} must fix`,
    findingCount: (count: number) => `${count} in all`,
    analysedIn: (backend: string, ms: number) => `Analysed on this machine by ${backend} in ${ms.toFixed(0)} ms, offline.`,
    optionsTitle: 'Tiankong · options',
    language: 'Language',
    rules: 'Rules',
    sites: 'Sites turned off',
    sitesHint: 'One host name per line, e.g. docs.example.gov.cn. Nothing is checked there.',
    saved: 'Saved',
    save: 'Save',
    storageNote: 'Settings stay in this browser’s extension storage; nothing is synced or uploaded.',
  },
} as const;

export type Strings = (typeof STRINGS)['zh'];

export function strings(language: Language): Strings {
  return STRINGS[language] as Strings;
}
