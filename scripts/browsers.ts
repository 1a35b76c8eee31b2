/**
 * Where the browser tests find their browsers: Debian's Chromium and Firefox
 * ESR, never a downloaded build. An explicit path in the environment wins;
 * otherwise the usual command names are looked up on PATH.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface BrowserNeed {
  name: string;
  /** The environment variable that names the executable explicitly. */
  variable: string;
  commands: readonly string[];
  /** The Debian package that provides it. */
  debianPackage: string;
}

export const CHROMIUM_NEED: BrowserNeed = {
  name: 'Chromium',
  variable: 'CHROMIUM_PATH',
  commands: ['chromium', 'chromium-browser', 'google-chrome'],
  debianPackage: 'chromium',
};

export const FIREFOX_NEED: BrowserNeed = {
  name: 'Firefox',
  variable: 'FIREFOX_PATH',
  commands: ['firefox-esr', 'firefox'],
  debianPackage: 'firefox-esr',
};

/** Screenshots show Chinese only with a CJK font installed. */
export const CJK_FONT_PACKAGE = 'fonts-noto-cjk';
const CJK_FONT_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The executable of a browser, or undefined when none is installed. */
export function findBrowser(need: BrowserNeed, environment: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = environment[need.variable];
  if (explicit) return isExecutable(explicit) ? explicit : undefined;
  const directories = (environment.PATH ?? '').split(delimiter).filter(Boolean);
  for (const command of need.commands) {
    for (const directory of directories) {
      const candidate = join(directory, command);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The executable, or an error that says how to install it (for tests that cannot run without it). */
export function requireBrowser(need: BrowserNeed): string {
  const path = findBrowser(need);
  if (!path)
    throw new Error(
      `${need.name} not found (${need.variable}, or ${need.commands.join(' / ')} on PATH): run \`npm test\`, which installs it, or \`sudo apt-get install -y ${need.debianPackage}\`.`,
    );
  return path;
}

export function hasCjkFont(): boolean {
  return CJK_FONT_FILES.some((file) => existsSync(file));
}
