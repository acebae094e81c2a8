import { z } from 'zod';
import { ACTIVITY_STATUSES } from '../activities.js';
import { RATINGS, RECURRENCES } from '../commitments.js';
import { SEXES } from '../meetings.js';
import { validationMessage } from '../validation-messages.js';
import { contributionList } from './contribution.js';
import {
  MAX_LIST_ENTRIES,
  endNotBeforeStart,
  filledText,
  flag,
  inputObject,
  isoDate,
  message,
  oneOf,
  requiredOr,
  text,
  uniqueList,
  uuid,
  whenValid,
} from './fields.js';
import { clauseKey } from './mou.js';

// Whether the organisations named here are parties of the partnership needs the partnership: the API checks it (not_a_party).

export const MEETING_ATTENDEES_MAX = 500;

const activityFields = {
  title: filledText(200),
  leadOrganizationId: uuid,
  contributingOrganizationIds: uniqueList(uuid, (id) => id.toLowerCase()),
  startDate: isoDate,
  endDate: isoDate,
  status: oneOf(ACTIVITY_STATUSES),
  contributions: contributionList,
};

// Read only when the body gives the lead and the contributors along with the contributions; an update is checked by the API.
function contributorsTakePart(
  activity: { leadOrganizationId?: string; contributingOrganizationIds?: string[]; contributions?: { organizationId: string }[] },
  ctx: z.core.$RefinementCtx,
) {
  const { leadOrganizationId, contributingOrganizationIds, contributions } = activity;
  if (leadOrganizationId === undefined || contributions === undefined) return;
  const takingPart = new Set([leadOrganizationId, ...(contributingOrganizationIds ?? [])].map((id) => id.toLowerCase()));
  contributions.forEach((given, index) => {
    if (!takingPart.has(given.organizationId.toLowerCase())) {
      ctx.addIssue({
        code: 'custom',
        path: ['contributions', index, 'organizationId'],
        message: validationMessage('contributor_not_in_activity'),
      });
    }
  });
}

export const activityCreateInput = inputObject({
  ...activityFields,
  contributingOrganizationIds: activityFields.contributingOrganizationIds.optional(),
  status: activityFields.status.optional(),
  contributions: activityFields.contributions.optional(),
})
  .superRefine(endNotBeforeStart, whenValid('startDate', 'endDate'))
  .superRefine(contributorsTakePart, whenValid('leadOrganizationId', 'contributingOrganizationIds', 'contributions'));
export type ActivityCreateInput = z.infer<typeof activityCreateInput>;

/** Only the fields given change; whether a new status may follow the stored one is canMoveActivity's to say. */
export const activityUpdateInput = inputObject(activityFields)
  .partial()
  .superRefine(endNotBeforeStart, whenValid('startDate', 'endDate'))
  .superRefine(contributorsTakePart, whenValid('leadOrganizationId', 'contributingOrganizationIds', 'contributions'));
export type ActivityUpdateInput = z.infer<typeof activityUpdateInput>;

const attendee = inputObject({
  name: filledText(200),
  // Attendees may come from outside the parties (citizens, other offices), so the organisation is optional.
  organizationId: uuid.optional(),
  sex: oneOf(SEXES),
  disability: flag.optional(),
  idPoor: flag.optional(),
});

const actionItem = inputObject({
  description: filledText(2000),
  ownerOrganizationId: uuid,
  dueDate: isoDate,
});

const meetingFields = {
  date: isoDate,
  place: text(200),
  agenda: filledText(5000),
  attendees: z
    .array(attendee, requiredOr('must_be_list'))
    .min(1, message('attendees_required'))
    .max(MEETING_ATTENDEES_MAX, message('too_many_attendees')),
  // Empty minutes are minutes not yet written: they cannot be approved.
  minutes: text(20000),
  decisions: z.array(filledText(2000), requiredOr('must_be_list')).max(MAX_LIST_ENTRIES, message('too_many_entries')),
  actionItems: z.array(actionItem, requiredOr('must_be_list')).max(MAX_LIST_ENTRIES, message('too_many_entries')),
};

export const meetingCreateInput = inputObject({
  ...meetingFields,
  place: meetingFields.place.optional(),
  minutes: meetingFields.minutes.optional(),
  decisions: meetingFields.decisions.optional(),
  actionItems: meetingFields.actionItems.optional(),
});
export type MeetingCreateInput = z.infer<typeof meetingCreateInput>;

/** Only the fields given change; a change to MINUTES_FIELDS clears the approvals. */
export const meetingUpdateInput = inputObject(meetingFields).partial();
export type MeetingUpdateInput = z.infer<typeof meetingUpdateInput>;

export const commitmentCreateInput = inputObject({
  title: filledText(200),
  ownerOrganizationId: uuid,
  dueDate: isoDate,
  recurrence: oneOf(RECURRENCES).optional(),
  /** The key of the MoU clause the commitment comes from. */
  clauseKey: clauseKey.optional(),
  description: text(5000).optional(),
});
export type CommitmentCreateInput = z.infer<typeof commitmentCreateInput>;

/** `period`: the due date of the occurrence rated; the rating is the caller's organisation's. */
export const ratingInput = inputObject({
  period: isoDate,
  rating: oneOf(RATINGS),
  comment: text(2000).optional(),
});
export type RatingInput = z.infer<typeof ratingInput>;
