/** A path as a relative URI reference (forward slashes, each segment percent-encoded), or a file: URI when absolute. */
export function pathToUri(path: string): string {
  const slashed = path.replace(/\\/gu, '/');
  const encoded = slashed
    .split('/')
    .map((segment, index) => (index === 0 && /^[A-Za-z]:$/u.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
  if (slashed.startsWith('/')) return `file://${encoded}`;
  if (/^[A-Za-z]:\//u.test(slashed)) return `file:///${encoded}`;
  return encoded;
}
