// What an update changed, for audit summaries: shared by every feature that records updates.
/** `{field: [before, after]}` for the fields that really change. */
export function changesOf<T extends object>(before: T, patch: Partial<T>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [key, value] of Object.entries(patch)) {
    const previous = (before as Record<string, unknown>)[key];
    if (value !== undefined && JSON.stringify(previous) !== JSON.stringify(value)) changes[key] = [previous, value];
  }
  return changes;
}
