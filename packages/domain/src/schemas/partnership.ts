import { z } from 'zod';
import { PROVINCE_CODE_PATTERN } from '../admin-units.js';
import { PARTNERSHIP_STATUSES } from '../lifecycle.js';
import { LOCALES } from '../locale.js';
import { PARTNERSHIP_FORMS, PARTNERSHIP_FUNCTIONS } from '../partnership-classification.js';
import { SECTOR_CODES } from '../sectors.js';
import { validationMessage } from '../validation-messages.js';
import { contributionList } from './contribution.js';
import {
  adminUnitCode,
  endNotBeforeStart,
  filledText,
  inputObject,
  isoDate,
  message,
  oneOf,
  requiredOr,
  searchText,
  text,
  uniqueList,
  uuid,
  whenValid,
} from './fields.js';
import { EXPORT_FORMATS } from './insight.js';
import { listQuery } from './list-query.js';

/** Risks carried jointly name this instead of one organisation. */
export const SHARED_RISK = 'shared';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const risk = inputObject({
  description: filledText(2000),
  carriedBy: z
    .string(requiredOr('carried_by_invalid'))
    .refine((carrier) => carrier === SHARED_RISK || UUID_PATTERN.test(carrier), message('carried_by_invalid')),
});

function notAParty(ctx: z.core.$RefinementCtx, path: (string | number)[]) {
  ctx.addIssue({ code: 'custom', path, message: validationMessage('not_a_party') });
}

const proposalFields = {
  title: filledText(200),
  function: oneOf(PARTNERSHIP_FUNCTIONS),
  form: oneOf(PARTNERSHIP_FORMS),
  goals: filledText(5000),
  parties: uniqueList(inputObject({ organizationId: uuid }), (party) => party.organizationId.toLowerCase()).min(
    2,
    message('parties_too_few'),
  ),
  adminUnitCodes: uniqueList(adminUnitCode).min(1, message('admin_units_required')),
  sectors: uniqueList(oneOf(SECTOR_CODES)).min(1, message('sectors_required')),
  startDate: isoDate,
  endDate: isoDate,
  contributions: contributionList.optional(),
  risks: z.array(risk, requiredOr('must_be_list')).max(50, message('too_many_entries')).optional(),
};

// Each rule reads only fields given in the same body; on an update the API checks them against the stored rest.
function contributorsAndCarriersAreParties(
  partnership: {
    parties?: { organizationId: string }[];
    contributions?: { organizationId: string }[];
    risks?: { carriedBy: string }[];
  },
  ctx: z.core.$RefinementCtx,
) {
  if (partnership.parties === undefined) return;
  const parties = new Set(partnership.parties.map((party) => party.organizationId.toLowerCase()));
  partnership.contributions?.forEach((given, index) => {
    if (!parties.has(given.organizationId.toLowerCase())) notAParty(ctx, ['contributions', index, 'organizationId']);
  });
  partnership.risks?.forEach((carried, index) => {
    if (carried.carriedBy !== SHARED_RISK && !parties.has(carried.carriedBy.toLowerCase())) {
      notAParty(ctx, ['risks', index, 'carriedBy']);
    }
  });
}

// Whether the parties mix state and non-state organisations needs the registry: the API checks it with checkPartyMix.
export const partnershipCreateInput = inputObject(proposalFields)
  .superRefine(endNotBeforeStart, whenValid('startDate', 'endDate'))
  .superRefine(contributorsAndCarriersAreParties, whenValid('parties', 'contributions', 'risks'));
export type PartnershipCreateInput = z.infer<typeof partnershipCreateInput>;

/** Only the proposal fields given change, under the rules of a new proposal. */
export const partnershipUpdateInput = inputObject(proposalFields)
  .partial()
  .superRefine(endNotBeforeStart, whenValid('startDate', 'endDate'))
  .superRefine(contributorsAndCarriersAreParties, whenValid('parties', 'contributions', 'risks'));
export type PartnershipUpdateInput = z.infer<typeof partnershipUpdateInput>;

export const partnershipActionInput = inputObject({
  comment: text(2000).optional(),
  reason: text(2000).optional(),
});
export type PartnershipActionInput = z.infer<typeof partnershipActionInput>;

export const partnershipQuery = listQuery.extend({
  status: oneOf(PARTNERSHIP_STATUSES).optional(),
  province: z.string(requiredOr('province_code_invalid')).regex(PROVINCE_CODE_PATTERN, message('province_code_invalid')).optional(),
  function: oneOf(PARTNERSHIP_FUNCTIONS).optional(),
  form: oneOf(PARTNERSHIP_FORMS).optional(),
  q: searchText.optional(),
  /** `csv` for every row as a download (UTF-8 with BOM), with column headers in `lang`. */
  format: oneOf(EXPORT_FORMATS).optional(),
  lang: oneOf(LOCALES).optional(),
});
export type PartnershipQuery = z.infer<typeof partnershipQuery>;
