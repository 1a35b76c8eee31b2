import { browser } from 'wxt/browser';
import type { Finding } from '../analysis/finding.js';

/** MV3 has `action`, Firefox's MV2 build `browserAction`; both have the same badge calls. */
function toolbarAction() {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

/** Must-fix gaps are the error-severity findings. */
export function mustFixCount(findings: readonly Finding[]): number {
  return findings.filter((finding) => finding.severity === 'error').length;
}

export async function showMustFixCount(tabId: number, count: number): Promise<void> {
  const action = toolbarAction();
  if (!action) return;
  await action.setBadgeBackgroundColor({ tabId, color: '#c62828' });
  await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
}
