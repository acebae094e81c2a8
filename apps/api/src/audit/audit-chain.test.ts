import { canonicalJson, entryHash, GENESIS_HASH, verifyChain, type ChainedFields } from './audit-chain';

function chain(count: number) {
  const entries: (ChainedFields & { prevHash: string; hash: string })[] = [];
  let previous = GENESIS_HASH;
  for (let i = 1; i <= count; i++) {
    const fields: ChainedFields = {
      seq: String(i), at: new Date(Date.UTC(2026, 0, i)), actorId: null, actorOrganizationId: null, action: 'organization.update',
      entityType: 'organization', entityId: `org-${i}`, summary: { name: ['A', `B${i}`] }, requestId: `r${i}`, ip: '127.0.0.1',
    };
    const hash = entryHash(previous, fields);
    entries.push({ ...fields, prevHash: previous, hash });
    previous = hash;
  }
  return entries;
}

describe('audit hash chain', () => {
  it('sorts keys at every level, so jsonb reordering keeps the hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  });

  it('verifies an intact chain', () => {
    expect(verifyChain(chain(5))).toEqual({ ok: true, entries: 5 });
  });

  it('names the first entry whose content was changed', () => {
    const entries = chain(5);
    entries[2]!.summary = { name: ['A', 'forged'] };
    expect(verifyChain(entries)).toMatchObject({ ok: false, brokenAt: '3', reason: 'content does not match its hash' });
  });

  it('names the entry after a deleted one', () => {
    const entries = chain(5);
    entries.splice(1, 1);
    expect(verifyChain(entries)).toMatchObject({ ok: false, brokenAt: '3', reason: 'entry 2 is missing' });
  });

  it('detects a rewritten chain that no longer links', () => {
    const entries = chain(3);
    entries[1]!.prevHash = 'f'.repeat(64);
    expect(verifyChain(entries)).toMatchObject({ ok: false, brokenAt: '2', reason: 'does not link to the previous entry' });
  });
});
