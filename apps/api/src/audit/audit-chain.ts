// The audit log's hash chain: pure functions, so the writer and the verifier compute hashes the same way.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  seq: string;
  at: Date;
  actorId: string | null;
  actorOrganizationId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  summary: Record<string, unknown>;
  requestId: string | null;
  ip: string | null;
}

/** JSON with object keys sorted at every level, so jsonb's key reordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function entryHash(prevHash: string, entry: ChainedFields): string {
  // Only the chained fields: a stored row also carries prevHash and hash, which are not part of its content.
  const { seq, at, actorId, actorOrganizationId, action, entityType, entityId, summary, requestId, ip } = entry;
  const content = { seq, at: at.toISOString(), actorId, actorOrganizationId, action, entityType, entityId, summary, requestId, ip };
  return createHash('sha256').update(prevHash).update(canonicalJson(content)).digest('hex');
}

export type ChainCheck = { ok: true; entries: number } | { ok: false; entries: number; brokenAt: string; reason: string };

/** Walks entries in seq order; reports the first entry whose link or hash does not hold. */
export function verifyChain(entries: Iterable<ChainedFields & { prevHash: string; hash: string }>, startHash = GENESIS_HASH): ChainCheck {
  let previous = startHash;
  let previousSeq: bigint | null = null;
  let count = 0;
  for (const entry of entries) {
    count++;
    const seq = BigInt(entry.seq);
    if (previousSeq !== null && seq !== previousSeq + 1n) {
      return { ok: false, entries: count, brokenAt: entry.seq, reason: `entry ${previousSeq + 1n} is missing` };
    }
    if (entry.prevHash !== previous) return { ok: false, entries: count, brokenAt: entry.seq, reason: 'does not link to the previous entry' };
    if (entryHash(entry.prevHash, entry) !== entry.hash) return { ok: false, entries: count, brokenAt: entry.seq, reason: 'content does not match its hash' };
    previous = entry.hash;
    previousSeq = seq;
  }
  return { ok: true, entries: count };
}
