import { checkPartyMix } from './party-mix.js';

describe('checkPartyMix', () => {
  it.each([
    [['state', 'non_state']],
    [['non_state', 'state', 'state']],
    [['non_state', 'non_state', 'state']],
  ] as const)('accepts %j', (kinds) => {
    expect(checkPartyMix(kinds)).toEqual({ ok: true });
  });

  it.each([
    [['non_state', 'non_state'], 'party_mix_state_missing'],
    [['state', 'state'], 'party_mix_non_state_missing'],
    [['non_state'], 'party_mix_state_missing'],
    [[], 'party_mix_state_missing'],
  ] as const)('refuses %j', (kinds, code) => {
    expect(checkPartyMix(kinds)).toEqual({ ok: false, code });
  });
});
