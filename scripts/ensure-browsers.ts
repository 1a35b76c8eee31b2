/**
 * Run before `npm test`: the E2E suites need Chromium, Firefox ESR and CJK
 * fonts. When one is missing and this is Debian or Ubuntu run as root (or
 * with password-less sudo), it installs Debian's packages with apt-get and
 * says so; anywhere else it stops with one line naming the exact command.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_NEED, CJK_FONT_PACKAGE, FIREFOX_NEED, findBrowser, hasCjkFont } from './browsers.js';

const missing = [
  ...[CHROMIUM_NEED, FIREFOX_NEED].filter((need) => !findBrowser(need)).map((need) => need.debianPackage),
  ...(hasCjkFont() ? [] : [CJK_FONT_PACKAGE]),
];
if (missing.length === 0) process.exit(0);

const command = `apt-get install -y ${missing.join(' ')}`;
const isDebianLike = process.platform === 'linux' && existsSync('/etc/debian_version');
const isRoot = process.getuid?.() === 0;
const canSudo = !isRoot && isDebianLike && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;

if (!isDebianLike || (!isRoot && !canSudo)) {
  console.error(
    `The browser tests need ${missing.join(', ')}: run \`sudo ${command}\` (or set CHROMIUM_PATH / FIREFOX_PATH to installed browsers), then \`npm test\` again.`,
  );
  process.exit(1);
}

console.log(
  `Installing ${missing.join(', ')} from Debian's packages for the browser tests (${isRoot ? '' : 'sudo '}${command}) …`,
);
// sudo resets the environment, so the non-interactive front end is passed through env(1).
const run = (args: string[]) => {
  const full = ['env', 'DEBIAN_FRONTEND=noninteractive', ...args];
  execFileSync(isRoot ? full[0]! : 'sudo', isRoot ? full.slice(1) : full, { stdio: ['ignore', 'ignore', 'inherit'] });
};
run(['apt-get', 'update', '-qq']);
run(['apt-get', 'install', '-y', '-qq', ...missing]);
console.log(`Installed ${missing.join(', ')}.`);
