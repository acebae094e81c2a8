// What the API answers about partnerships (documented in OpenAPI from these schemas).
import { z } from 'zod';
import { AMENDMENT_ACTIONS, AMENDMENT_STATUSES, ORGANIZATION_KINDS, PARTNERSHIP_ACTIONS, PARTNERSHIP_FORMS, PARTNERSHIP_FUNCTIONS, PARTNERSHIP_STATUSES } from '@daikou/domain';

export const partySchema = z.object({
  organizationId: z.uuid(),
  name: z.string(),
  nameKm: z.string().nullable(),
  kind: z.enum(ORGANIZATION_KINDS),
  type: z.string(),
  signed: z.boolean().describe('Has signed the MoU version approved for signature'),
});

export const mouVersionSummarySchema = z.object({ number: z.number(), textHash: z.string(), createdAt: z.string() });

export const partnershipSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  function: z.enum(PARTNERSHIP_FUNCTIONS),
  form: z.enum(PARTNERSHIP_FORMS),
  goals: z.string(),
  status: z.enum(PARTNERSHIP_STATUSES),
  statusSince: z.string(),
  parties: z.array(partySchema),
  endorsement: z
    .object({ requiredFrom: z.array(z.uuid()), givenBy: z.array(z.uuid()) })
    .describe('Parent administrations that must endorse the current review stage before the MoI reviewer decides'),
  adminUnitCodes: z.array(z.string()),
  sectors: z.array(z.string()),
  startDate: z.string(),
  endDate: z.string(),
  contributions: z.array(
    z.object({
      organizationId: z.uuid(),
      kind: z.string(),
      description: z.string(),
      amount: z.number().nullable(),
      currency: z.string().nullable(),
    }),
  ),
  risks: z.array(z.object({ description: z.string(), carriedBy: z.string() })),
  currentMouVersion: mouVersionSummarySchema.nullable(),
  approvedMouVersion: mouVersionSummarySchema.nullable(),
  signedMouVersion: mouVersionSummarySchema.nullable(),
  hasFinalReview: z.boolean(),
  allowedActions: z.array(z.enum(PARTNERSHIP_ACTIONS)).describe('What the caller may do now'),
  createdBy: z.uuid(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().describe('Increases on every change (optimistic concurrency)'),
});
export type PartnershipView = z.infer<typeof partnershipSchema>;

export const partnershipListItemSchema = partnershipSchema.pick({
  id: true,
  title: true,
  function: true,
  form: true,
  status: true,
  statusSince: true,
  adminUnitCodes: true,
  sectors: true,
  startDate: true,
  endDate: true,
  updatedAt: true,
}).extend({ parties: z.array(partySchema.pick({ organizationId: true, name: true, nameKm: true, kind: true })) });
export type PartnershipListItem = z.infer<typeof partnershipListItemSchema>;

export const transitionSchema = z.object({
  action: z.string(),
  from: z.enum(PARTNERSHIP_STATUSES).nullable(),
  to: z.enum(PARTNERSHIP_STATUSES),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable().describe('Null for steps the system took (e.g. completion at the end date)'),
  actorOrganizationName: z.string().nullable(),
  actorOrganizationNameKm: z.string().nullable().describe('The organisation’s Khmer name, when it has one'),
  at: z.string(),
  comment: z.string().nullable(),
  secondsInFrom: z.number().nullable().describe('How long the partnership stayed in `from`'),
});

export const clauseSchema = z.object({
  key: z.string(),
  titleEn: z.string(),
  textEn: z.string(),
  titleKm: z.string().optional(),
  textKm: z.string().optional(),
});

export const mouVersionSchema = z.object({
  number: z.number(),
  amendmentId: z.uuid().nullable().describe('Set when the version was proposed by an amendment'),
  clauses: z.array(clauseSchema),
  textHash: z.string(),
  createdAt: z.string(),
  createdBy: z.uuid(),
});

export const signatureSchema = z.object({
  organizationId: z.uuid(),
  userId: z.uuid(),
  signerName: z.string(),
  versionNumber: z.number(),
  textHash: z.string(),
  signedAt: z.string(),
});

export const reviewSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['periodic', 'final']),
  decision: z.enum(['continue', 'amend', 'renew', 'close']),
  lessons: z.string(),
  reviewerId: z.uuid(),
  createdAt: z.string(),
});

export const amendmentSchema = z.object({
  id: z.uuid(),
  status: z.enum(AMENDMENT_STATUSES),
  statusSince: z.string(),
  reason: z.string(),
  baseVersion: z.number(),
  currentVersion: z.number().nullable(),
  approvedVersion: z.number().nullable(),
  endorsement: z.object({ requiredFrom: z.array(z.uuid()), givenBy: z.array(z.uuid()) }),
  signedOrganizationIds: z.array(z.uuid()),
  allowedActions: z.array(z.enum(AMENDMENT_ACTIONS)),
  createdBy: z.uuid(),
  createdAt: z.string(),
  version: z.number(),
});
export type AmendmentView = z.infer<typeof amendmentSchema>;
