import type { OrganizationKind } from './roles.js';

export type PartyMixCheck =
  | { ok: true }
  | { ok: false; code: 'party_mix_state_missing' | 'party_mix_non_state_missing' };

/** A partnership joins state and non-state actors: its parties must include at least one of each kind. */
export function checkPartyMix(kinds: readonly OrganizationKind[]): PartyMixCheck {
  if (!kinds.includes('state')) return { ok: false, code: 'party_mix_state_missing' };
  if (!kinds.includes('non_state')) return { ok: false, code: 'party_mix_non_state_missing' };
  return { ok: true };
}
