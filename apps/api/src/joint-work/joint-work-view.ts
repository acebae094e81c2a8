// What the joint-work endpoints answer (OpenAPI from these schemas).
import { z } from 'zod';

const contribution = z.object({ organizationId: z.uuid(), kind: z.string(), description: z.string(), amount: z.number().optional(), currency: z.string().optional() });

export const activitySchema = z.object({
  id: z.uuid(),
  partnershipId: z.uuid(),
  title: z.string(),
  leadOrganizationId: z.uuid(),
  contributingOrganizationIds: z.array(z.uuid()),
  startDate: z.string(),
  endDate: z.string(),
  status: z.string(),
  contributions: z.array(contribution),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});

export const meetingSchema = z.object({
  id: z.uuid(),
  partnershipId: z.uuid(),
  date: z.string(),
  place: z.string().nullable(),
  agenda: z.string(),
  attendees: z.array(z.object({ name: z.string(), organizationId: z.uuid().optional(), sex: z.enum(['female', 'male', 'other']), disability: z.boolean().optional(), idPoor: z.boolean().optional() })),
  attendance: z.record(z.string(), z.number()).describe('Counts: total, female, male, other, disability, idPoor'),
  minutes: z.string().nullable(),
  decisions: z.array(z.string()),
  actionItems: z.array(z.object({ description: z.string(), ownerOrganizationId: z.uuid(), dueDate: z.string() })),
  approvals: z.array(z.object({ organizationId: z.uuid(), userId: z.uuid(), at: z.string() })),
  minutesState: z.enum(['draft', 'partly_approved', 'final']),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});

const rating = z.object({ organizationId: z.uuid(), rating: z.enum(['kept', 'partly_kept', 'not_kept']), comment: z.string().nullable(), userId: z.uuid(), at: z.string() });

export const commitmentSchema = z.object({
  id: z.uuid(),
  partnershipId: z.uuid(),
  title: z.string(),
  description: z.string().nullable(),
  ownerOrganizationId: z.uuid(),
  dueDate: z.string(),
  recurrence: z.string(),
  clauseKey: z.string().nullable(),
  createdAt: z.string(),
  occurrences: z.array(
    z.object({
      dueDate: z.string(),
      status: z.enum(['not_due', 'awaiting_ratings', 'agreed', 'disputed', 'overdue']),
      agreedRating: z.enum(['kept', 'partly_kept', 'not_kept']).optional(),
      ratings: z.array(rating),
    }),
  ),
});

export const ratingListSchema = z.array(rating.extend({ period: z.string() }));

export const accountabilitySchema = z.array(
  z.object({
    organizationId: z.uuid(),
    kind: z.enum(['state', 'non_state']),
    kept: z.number(),
    partlyKept: z.number(),
    notKept: z.number(),
    disputed: z.number(),
    overdue: z.number(),
    score: z.number().nullable(),
  }),
);
