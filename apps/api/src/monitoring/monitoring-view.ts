// What the monitoring endpoints answer (OpenAPI from these schemas).
import { z } from 'zod';
import {
  ACTION_ITEM_STATUSES,
  DISAGGREGATIONS,
  FEEDBACK_CHANNELS,
  FEEDBACK_STATUSES,
  FREQUENCIES,
  PERIOD_STATUSES,
  REPORT_ACTIONS,
  REPORT_STATUSES,
  SECTOR_CODES,
  SERVICE_POINT_KINDS,
} from '@daikou/domain';
import { pageSchema } from '../common/pagination';

const reportStatus = z.enum(REPORT_STATUSES);

export const libraryIndicatorSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  nameKm: z.string(),
  unit: z.string(),
  frequency: z.enum(FREQUENCIES),
  disaggregations: z.array(z.enum(DISAGGREGATIONS)),
  sector: z.enum(SECTOR_CODES).nullable(),
  description: z.string().nullable(),
  archived: z.boolean(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const libraryIndicatorPageSchema = pageSchema(libraryIndicatorSchema);

export const indicatorSchema = z.object({
  id: z.uuid(),
  partnershipId: z.uuid(),
  name: z.string(),
  nameKm: z.string().nullable(),
  unit: z.string(),
  baseline: z.number(),
  target: z.number(),
  frequency: z.enum(FREQUENCIES),
  responsibleOrganizationId: z.uuid(),
  disaggregations: z.array(z.enum(DISAGGREGATIONS)),
  libraryIndicatorId: z.uuid().nullable().describe('The library indicator it was copied from'),
  latestValue: z
    .object({ value: z.number(), periodStart: z.string(), periodEnd: z.string(), reportId: z.uuid() })
    .nullable()
    .describe('From the validated report of the latest period; null before any is validated'),
  progress: z.number().nullable().describe('0 at the baseline, 1 at the target; null without a validated value or when target = baseline'),
  periods: z
    .array(
      z.object({
        periodStart: z.string(),
        periodEnd: z.string(),
        dueDate: z.string(),
        reportId: z.uuid().nullable(),
        status: reportStatus.nullable(),
        late: z.boolean(),
      }),
    )
    .describe('The reporting periods from the partnership’s start to its end, with the responsible party’s report on each'),
  createdAt: z.string(),
});

const reportValue = z.object({
  indicatorId: z.uuid(),
  value: z.number(),
  note: z.string().optional(),
  disaggregation: z.record(z.enum(DISAGGREGATIONS), z.record(z.string(), z.number())).optional(),
});

const reportVersion = z.object({
  number: z.number(),
  values: z.array(reportValue),
  narrative: z.string().nullable(),
  evidence: z.string().nullable(),
  submittedAt: z.string().nullable(),
  submittedBy: z.uuid().nullable(),
});

export const reportSchema = z.object({
  id: z.uuid(),
  partnershipId: z.uuid(),
  responsibleOrganizationId: z.uuid(),
  periodStart: z.string(),
  periodEnd: z.string(),
  status: reportStatus,
  version: z.number().describe('The current version (being edited, or the one last submitted)'),
  values: z.array(reportValue),
  narrative: z.string().nullable(),
  evidence: z.string().nullable(),
  allowedActions: z.array(z.enum(REPORT_ACTIONS)),
  editable: z.boolean(),
  versions: z.array(reportVersion).describe('Every version, oldest first; submitted ones never change'),
  history: z.array(
    z.object({ action: z.enum(REPORT_ACTIONS), versionNumber: z.number(), userId: z.uuid(), organizationId: z.uuid(), comment: z.string().nullable(), at: z.string() }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const servicePointSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  nameKm: z.string().nullable(),
  kind: z.enum(SERVICE_POINT_KINDS),
  adminUnitCode: z.string(),
  adminUnitName: z.object({ km: z.string(), en: z.string() }),
  createdAt: z.string(),
});

export const servicePointPageSchema = pageSchema(servicePointSchema);

export const actionItemSchema = z.object({
  id: z.uuid(),
  scorecardId: z.uuid(),
  partnershipId: z.uuid(),
  description: z.string(),
  ownerOrganizationId: z.uuid(),
  dueDate: z.string(),
  status: z.enum(ACTION_ITEM_STATUSES),
  overdue: z.boolean(),
  evidence: z.string().nullable(),
  followUp: z.string().nullable(),
  followUpNotes: z
    .array(z.object({ date: z.string(), text: z.string(), userId: z.uuid(), organizationId: z.uuid(), at: z.string() }))
    .describe('Dated notes, oldest first; added with PATCH followUpNote'),
  commitmentId: z.uuid().nullable().describe('The partnership commitment the item became (POST /api/action-items/{id}/commitment)'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const actionItemBoardItemSchema = actionItemSchema.extend({
  scorecardDate: z.string(),
  servicePointId: z.uuid(),
  servicePointName: z.string(),
  servicePointNameKm: z.string().nullable(),
  ownerName: z.string(),
  ownerNameKm: z.string().nullable(),
  linkedFeedbackCount: z.number().int().describe('Citizens’ feedback linked to the item'),
});

export const actionItemBoardSchema = pageSchema(actionItemBoardItemSchema);

const participants = z.object({ female: z.number(), male: z.number(), disability: z.number(), idPoor: z.number(), youth: z.number(), total: z.number() });

export const scorecardSchema = z.object({
  id: z.uuid(),
  partnershipId: z.uuid(),
  servicePointId: z.uuid(),
  date: z.string(),
  facilitatingOrganizationId: z.uuid(),
  participants,
  criteria: z.array(
    z.object({ name: z.string(), citizenScore: z.number(), providerScore: z.number(), gap: z.number().describe('providerScore − citizenScore'), suggestedAction: z.string().nullable() }),
  ),
  citizenAverage: z.number().nullable(),
  providerAverage: z.number().nullable(),
  averageGap: z.number().nullable(),
  actionItems: z.array(actionItemSchema),
  createdAt: z.string(),
});

export const scorecardDetailSchema = scorecardSchema.extend({
  servicePointName: z.string(),
  servicePointNameKm: z.string().nullable(),
  facilitatingOrganizationName: z.string(),
});

export const reportingPeriodSchema = z.object({
  periodStart: z.string(),
  periodEnd: z.string(),
  dueDate: z.string(),
  responsibleOrganizationId: z.uuid().describe('The party that owes the report'),
  indicatorIds: z.array(z.uuid()).describe('The indicators the report covers'),
  reportId: z.uuid().nullable(),
  status: z.enum(PERIOD_STATUSES),
  late: z.boolean().describe('Past its due date and not submitted'),
});

export const servicePointScorecardsSchema = z.object({
  rounds: z.array(scorecardSchema).describe('The rounds of partnerships the caller may see, oldest first'),
  comparison: z
    .array(
      z.object({
        name: z.string(),
        points: z.array(z.object({ date: z.string(), citizenScore: z.number().nullable(), providerScore: z.number().nullable(), gap: z.number().nullable() })),
      }),
    )
    .describe('Per criterion, one point per round: citizen against provider scores over time'),
});

export const feedbackReceiptSchema = z.object({ id: z.uuid(), status: z.literal('new') });

export const feedbackSchema = z.object({
  id: z.uuid(),
  servicePointId: z.uuid(),
  servicePointName: z.string(),
  servicePointNameKm: z.string().nullable(),
  text: z.string().describe('Plain text: escape it wherever it is shown'),
  channel: z.enum(FEEDBACK_CHANNELS),
  rating: z.number().nullable(),
  status: z.enum(FEEDBACK_STATUSES),
  actionItemId: z.uuid().nullable(),
  triagedBy: z.uuid().nullable(),
  triagedAt: z.string().nullable(),
  createdAt: z.string(),
});

export const feedbackPageSchema = pageSchema(feedbackSchema);
