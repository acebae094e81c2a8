// The proposal form's values as typed, and the API input made from them (still to be checked with
// partnershipCreateInput / partnershipUpdateInput).
import type { Partnership } from '../api/get-partnership';

export interface ContributionDraft {
  organizationId: string;
  kind: string;
  description: string;
  /** As typed; empty for none. */
  amount: string;
  currency: string;
}

export interface RiskDraft {
  description: string;
  /** A party's organisation id, or "shared". */
  carriedBy: string;
}

export interface PartnershipDraft {
  title: string;
  function: string;
  form: string;
  goals: string;
  /** The parties' organisation ids, in the order they were added. */
  parties: string[];
  adminUnitCodes: string[];
  sectors: string[];
  startDate: string;
  endDate: string;
  contributions: ContributionDraft[];
  risks: RiskDraft[];
}

/** A new proposal starts with the proposer's own organisation as its first party. */
export function draftOf(partnership: Partnership | undefined, ownOrganizationId: string): PartnershipDraft {
  return {
    title: partnership?.title ?? '',
    function: partnership?.function ?? '',
    form: partnership?.form ?? '',
    goals: partnership?.goals ?? '',
    parties: partnership?.parties.map((party) => party.organizationId) ?? [ownOrganizationId],
    adminUnitCodes: partnership?.adminUnitCodes ?? [],
    sectors: partnership?.sectors ?? [],
    startDate: partnership?.startDate ?? '',
    endDate: partnership?.endDate ?? '',
    contributions:
      partnership?.contributions.map((contribution) => ({
        organizationId: contribution.organizationId,
        kind: contribution.kind,
        description: contribution.description,
        amount: contribution.amount === null ? '' : String(contribution.amount),
        currency: contribution.currency ?? '',
      })) ?? [],
    risks: partnership?.risks ?? [],
  };
}

// An empty choice is a missing field: the schema then says "Required" rather than "not an allowed value".
const chosen = (value: string) => value || undefined;

function amountOf(typed: string): number | undefined {
  const text = typed.trim().replaceAll(',', '');
  return text === '' ? undefined : Number(text);
}

/** One contribution as the API takes it, in a proposal or a workplan activity. */
export function contributionInputOf(contribution: ContributionDraft): Record<string, unknown> {
  return {
    organizationId: chosen(contribution.organizationId),
    kind: chosen(contribution.kind),
    description: contribution.description,
    amount: amountOf(contribution.amount),
    currency: chosen(contribution.currency.trim().toUpperCase()),
  };
}

export function inputOf(draft: PartnershipDraft): Record<string, unknown> {
  return {
    title: draft.title,
    function: chosen(draft.function),
    form: chosen(draft.form),
    goals: draft.goals,
    parties: draft.parties.map((organizationId) => ({ organizationId })),
    adminUnitCodes: draft.adminUnitCodes,
    sectors: draft.sectors,
    startDate: chosen(draft.startDate),
    endDate: chosen(draft.endDate),
    contributions: draft.contributions.map(contributionInputOf),
    risks: draft.risks.map((risk) => ({ description: risk.description, carriedBy: chosen(risk.carriedBy) })),
  };
}
