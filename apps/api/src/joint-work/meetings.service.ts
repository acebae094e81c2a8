// Meetings with agenda, attendance, minutes, decisions and action items; minutes become final when every party
// approved them, and any change to them after an approval clears the approvals.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  attendanceSummary,
  canApproveMinutes,
  MINUTES_FIELDS,
  minutesState,
  validationMessage,
  type MeetingCreateInput,
  type MeetingUpdateInput,
} from '@daikou/domain';
import { AuditService } from '../audit/audit.service';
import { notFound } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { changesOf } from '../common/changes';
import { NotificationsService } from '../notifications/notifications.service';
import { audienceOf, type PartnershipAggregate } from '../partnerships/partnership-store';
import { transitionProblem } from '../partnerships/transition-problem';
import { Meeting, MeetingApproval } from './joint-work.entities';
import { requireParties, Workable } from './workable';

@Injectable()
export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workable: Workable,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async create(context: RequestContext, partnershipId: string, input: MeetingCreateInput) {
    return this.dataSource.transaction(async (manager) => {
      const aggregate = await this.workable.write(manager, context, partnershipId);
      requireParties(aggregate, this.namedOrganizations(input), validationMessage('not_a_party'));
      const meeting = await manager.getRepository(Meeting).save(
        manager.getRepository(Meeting).create({
          partnershipId,
          date: input.date,
          place: input.place ?? null,
          agenda: input.agenda,
          attendees: input.attendees,
          minutes: input.minutes ?? null,
          decisions: input.decisions ?? [],
          actionItems: input.actionItems ?? [],
          createdBy: context.actor!.userId,
        }),
      );
      await this.audit.record(manager, context, { action: 'meeting.create', entityType: 'meeting', entityId: meeting.id, summary: { partnershipId, date: input.date } });
      if (meeting.minutes) await this.askForApproval(manager, context, aggregate, meeting);
      return this.view(meeting, [], aggregate);
    });
  }

  async list(context: RequestContext, partnershipId: string) {
    const aggregate = await this.workable.read(this.dataSource.manager, context, partnershipId);
    const meetings = await this.dataSource.getRepository(Meeting).find({ where: { partnershipId }, order: { date: 'DESC', createdAt: 'DESC' } });
    const approvals = meetings.length
      ? await this.dataSource.getRepository(MeetingApproval).createQueryBuilder('a').where('a.meeting_id IN (:...ids)', { ids: meetings.map((m) => m.id) }).getMany()
      : [];
    return meetings.map((m) => this.view(m, approvals.filter((a) => a.meetingId === m.id), aggregate));
  }

  async update(context: RequestContext, id: string, patch: MeetingUpdateInput) {
    return this.dataSource.transaction(async (manager) => {
      const { meeting, aggregate } = await this.lockMeeting(manager, context, id);
      requireParties(aggregate, this.namedOrganizations(patch), validationMessage('not_a_party'));
      const changes = changesOf(meeting, patch as Partial<Meeting>);
      if (Object.keys(changes).length === 0) return this.view(meeting, await this.approvals(manager, id), aggregate);
      Object.assign(meeting, patch);
      const saved = await manager.getRepository(Meeting).save(meeting);
      // Approving minutes means approving them as written: a change asks every party again.
      const resets = (MINUTES_FIELDS as readonly string[]).some((field) => field in changes);
      if (resets) await manager.delete(MeetingApproval, { meetingId: id });
      await this.audit.record(manager, context, { action: 'meeting.update', entityType: 'meeting', entityId: id, summary: { ...changes, ...(resets ? { approvalsCleared: true } : {}) } });
      if (resets && saved.minutes) await this.askForApproval(manager, context, aggregate, saved);
      return this.view(saved, await this.approvals(manager, id), aggregate);
    });
  }

  async approve(context: RequestContext, id: string) {
    return this.dataSource.transaction(async (manager) => {
      const { meeting, aggregate } = await this.lockMeeting(manager, context, id);
      const approvals = await this.approvals(manager, id);
      const check = canApproveMinutes({
        actor: context.actor!,
        parties: audienceOf(aggregate),
        approvals: approvals.map((a) => a.organizationId),
        minutes: meeting.minutes,
      });
      if (!check.ok) throw transitionProblem(check.error);
      const approval = manager.getRepository(MeetingApproval).create({ meetingId: id, organizationId: context.actor!.organizationId, userId: context.actor!.userId, at: new Date() });
      await manager.getRepository(MeetingApproval).insert(approval);
      const all = [...approvals, approval];
      const state = minutesState({ partyOrganizationIds: aggregate.parties.map((p) => p.organizationId), approvals: all.map((a) => a.organizationId) });
      await this.audit.record(manager, context, { action: 'meeting.approve_minutes', entityType: 'meeting', entityId: id, summary: { minutes: state } });
      return this.view(meeting, all, aggregate);
    });
  }

  private async lockMeeting(manager: EntityManager, context: RequestContext, id: string) {
    const found = await manager.getRepository(Meeting).findOneBy({ id });
    if (!found) throw notFound('The meeting');
    const aggregate = await this.workable.write(manager, context, found.partnershipId);
    const meeting = await manager.getRepository(Meeting).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
    return { meeting, aggregate };
  }

  private approvals(manager: EntityManager, meetingId: string) {
    return manager.getRepository(MeetingApproval).find({ where: { meetingId }, order: { at: 'ASC' } });
  }

  private async askForApproval(manager: EntityManager, context: RequestContext, aggregate: PartnershipAggregate, meeting: Meeting) {
    for (const party of aggregate.parties) {
      await this.notifications.notifyOrganization(manager, {
        organizationId: party.organizationId,
        partnershipId: aggregate.partnership.id,
        kind: 'minutes_to_approve',
        exceptUserId: context.actor!.userId,
        dedupeKey: `minutes:${meeting.id}:v${meeting.version}`,
        text: {
          title: { en: `Minutes to approve: ${aggregate.partnership.title}`, km: `កំណត់ហេតុត្រូវអនុម័ត៖ ${aggregate.partnership.title}` },
          body: {
            en: `The minutes of the meeting of ${meeting.date} are ready; they become final when every party has approved them.`,
            km: `កំណត់ហេតុនៃកិច្ចប្រជុំថ្ងៃទី ${meeting.date} រួចរាល់ហើយ វានឹងក្លាយជាផ្លូវការនៅពេលភាគីទាំងអស់បានអនុម័ត។`,
          },
        },
      });
    }
  }

  private namedOrganizations(input: Partial<MeetingCreateInput>) {
    return [
      ...(input.attendees ?? []).map((a, i) => ({ path: `attendees.${i}.organizationId`, organizationId: a.organizationId })),
      ...(input.actionItems ?? []).map((a, i) => ({ path: `actionItems.${i}.ownerOrganizationId`, organizationId: a.ownerOrganizationId })),
    ];
  }

  private view(meeting: Meeting, approvals: MeetingApproval[], aggregate: PartnershipAggregate) {
    const parties = aggregate.parties.map((p) => p.organizationId);
    return {
      id: meeting.id,
      partnershipId: meeting.partnershipId,
      date: meeting.date,
      place: meeting.place,
      agenda: meeting.agenda,
      attendees: meeting.attendees,
      attendance: attendanceSummary(meeting.attendees),
      minutes: meeting.minutes,
      decisions: meeting.decisions,
      actionItems: meeting.actionItems,
      approvals: approvals.map((a) => ({ organizationId: a.organizationId, userId: a.userId, at: a.at.toISOString() })),
      minutesState: minutesState({ partyOrganizationIds: parties, approvals: approvals.map((a) => a.organizationId) }),
      createdAt: meeting.createdAt.toISOString(),
      updatedAt: meeting.updatedAt.toISOString(),
      version: meeting.version,
    };
  }
}
