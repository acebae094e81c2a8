/** The first twelve hex digits of a SHA-256 text hash: enough to tell versions apart at a glance. */
export function shortHash(textHash: string): string {
  return textHash.slice(0, 12);
}
