// What the public transparency endpoints answer (OpenAPI from these schemas). Organisations are named; people never
// are: no user, no e-mail, no signer, no reviewer's comment, no citizen's feedback text.
import { z } from 'zod';
import { ACTION_ITEM_STATUSES, ADMIN_UNIT_LEVELS, ORGANIZATION_KINDS, PARTNERSHIP_FORMS, PARTNERSHIP_FUNCTIONS, PUBLIC_STATUSES, SERVICE_POINT_KINDS } from '@daikou/domain';
import { pageSchema } from '../common/pagination';

const bilingualName = z.object({ km: z.string(), en: z.string() });

export const publicPartySchema = z.object({ name: z.string(), nameKm: z.string().nullable(), kind: z.enum(ORGANIZATION_KINDS) });

export const publicAreaSchema = z.object({ code: z.string(), level: z.enum(ADMIN_UNIT_LEVELS), nameKm: z.string(), nameLatin: z.string() });

export const publicPartnershipSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  status: z.enum(PUBLIC_STATUSES),
  function: z.enum(PARTNERSHIP_FUNCTIONS),
  form: z.enum(PARTNERSHIP_FORMS),
  purpose: z.string(),
  parties: z.array(publicPartySchema).describe('Organisations only, never people'),
  area: z.array(publicAreaSchema),
  sectors: z.array(z.string()),
  startDate: z.string(),
  endDate: z.string(),
});
export type PublicPartnership = z.infer<typeof publicPartnershipSchema>;

export const publicPartnershipPageSchema = pageSchema(publicPartnershipSchema);

const commitmentCounts = z.object({
  kept: z.number(),
  partlyKept: z.number(),
  notKept: z.number(),
  disputed: z.number().describe('The parties rate it differently: left out of the score'),
  overdue: z.number().describe('Due, and nobody says it was kept: counts as not kept'),
});

export const publicCommitmentsSchema = z.object({
  sides: z.array(commitmentCounts.extend({ side: z.enum(ORGANIZATION_KINDS) })).describe('The state side’s record beside the non-state side’s'),
  parties: z.array(publicPartySchema.extend(commitmentCounts.shape).extend({ score: z.number().nullable() })),
});
export type PublicCommitments = z.infer<typeof publicCommitmentsSchema>;

export const publicRoundSchema = z.object({
  date: z.string(),
  participants: z.object({ female: z.number(), male: z.number(), disability: z.number(), idPoor: z.number(), youth: z.number(), total: z.number() }),
  citizenAverage: z.number().nullable(),
  providerAverage: z.number().nullable(),
});

export const publicCriterionSchema = z.object({
  name: z.string(),
  points: z.array(z.object({ date: z.string(), citizenScore: z.number().nullable(), providerScore: z.number().nullable(), gap: z.number().nullable() })),
});

export const publicActionItemSchema = z.object({
  description: z.string(),
  status: z.enum(ACTION_ITEM_STATUSES),
  dueDate: z.string(),
  overdue: z.boolean(),
  owner: publicPartySchema,
  servicePointId: z.uuid(),
  roundDate: z.string().describe('The scorecard round the action answers'),
});

const servicePointFields = {
  id: z.uuid(),
  name: z.string(),
  nameKm: z.string().nullable(),
  kind: z.enum(SERVICE_POINT_KINDS),
  area: bilingualName,
  feedbackPage: z.string().describe('The public page with the scorecard results and the feedback form'),
};

export const publicServiceResultsSchema = z.object({
  ...servicePointFields,
  rounds: z.array(publicRoundSchema),
  criteria: z.array(publicCriterionSchema).describe('Citizens’ and providers’ scores of each criterion over the rounds (1–5)'),
});
export type PublicServiceResults = z.infer<typeof publicServiceResultsSchema>;

export const publicPartnershipRecordSchema = publicPartnershipSchema.extend({
  commitments: publicCommitmentsSchema,
  servicePoints: z.array(publicServiceResultsSchema).describe('Scorecard results of the rounds this partnership held'),
  actionPlan: z.array(publicActionItemSchema).describe('“You said, we did”: what was agreed after each round, and how far it got'),
});
export type PublicPartnershipRecord = z.infer<typeof publicPartnershipRecordSchema>;

export const publicServicePointSchema = publicServiceResultsSchema.extend({
  partnerships: z.array(z.object({ id: z.uuid(), title: z.string() })).describe('The published partnerships that monitor it'),
  actionPlan: z.array(publicActionItemSchema),
});
export type PublicServicePoint = z.infer<typeof publicServicePointSchema>;
