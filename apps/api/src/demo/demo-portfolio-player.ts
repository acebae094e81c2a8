// Plays one partnership story through the platform's services, each step as the demo account that takes it and in the
// order of the moments the steps stand for, so that the state machine, the policy and every other rule check the data.
import {
  actionItemCommitmentInput,
  actionItemCreateInput,
  actionItemUpdateInput,
  assessmentInput,
  commitmentCreateInput,
  feedbackInput,
  feedbackTriageInput,
  indicatorCreateInput,
  mouVersionInput,
  occurrenceDates,
  partnershipActionInput,
  partnershipCreateInput,
  periodSpan,
  QUALITY_ATTRIBUTES,
  ratingInput,
  reportCreateInput,
  reportingPeriods,
  reviewInput,
  scorecardCreateInput,
  servicePointCreateInput,
  type OrganizationKind,
  type PartnershipAction,
} from '@daikou/domain';
import type { RequestContext } from '../common/request-context';
import type { CommitmentsService } from '../joint-work/commitments.service';
import type { ActionItemsService } from '../monitoring/action-items.service';
import type { FeedbackService } from '../monitoring/feedback.service';
import type { IndicatorsService } from '../monitoring/indicators.service';
import type { ReportsService } from '../monitoring/reports.service';
import type { ScorecardsService } from '../monitoring/scorecards.service';
import type { ServicePointsService } from '../monitoring/service-points.service';
import type { MouService } from '../partnerships/mou.service';
import type { PartnershipActionsService } from '../partnerships/partnership-actions.service';
import type { PartnershipsService } from '../partnerships/partnerships.service';
import type { ReviewsService } from '../partnerships/reviews.service';
import type { QualityService } from '../quality/quality.service';
import type { DemoCalendar } from './demo-portfolio-calendar';
import type { DemoClock } from './demo-portfolio-clock';
import { PORTFOLIO_OFFICERS } from './demo-portfolio-data';
import type { AccountKey, ActionItemStory, CommitmentStory, IndicatorStory, LifecycleStep, OrganizationKey, PartnershipStory, ScorecardStory, ServicePointStory } from './demo-portfolio-spec';

export interface PortfolioServices {
  partnerships: PartnershipsService;
  actions: PartnershipActionsService;
  mou: MouService;
  reviews: ReviewsService;
  commitments: CommitmentsService;
  quality: QualityService;
  indicators: IndicatorsService;
  reports: ReportsService;
  servicePoints: ServicePointsService;
  scorecards: ScorecardsService;
  actionItems: ActionItemsService;
  feedback: FeedbackService;
}

/** The demo accounts and organisations, as the services need them. */
export interface PortfolioCast {
  /** The request of a demo account. */
  as(account: AccountKey): RequestContext;
  organization(key: OrganizationKey): { id: string; kind: OrganizationKind };
}

export type StepKind =
  | 'create'
  | PartnershipAction
  | 'mou'
  | 'review'
  | 'commitment'
  | 'rating'
  | 'assessment'
  | 'indicator'
  | 'report'
  | 'service_point'
  | 'scorecard'
  | 'action_item'
  | 'action_item_commitment'
  | 'action_item_move'
  | 'feedback'
  | 'feedback_triage';

export interface TimedStep {
  /** Null: a step that keeps the time it runs at (runs after the dated ones). */
  at: Date | null;
  kind: StepKind;
  /** What the step makes and what it needs made before it, e.g. `scorecard:1`, `action_item:fees`. */
  makes?: string;
  needs?: string[];
  /** For an assessment: the period assessed. */
  period?: string;
  run: () => Promise<unknown>;
}

export interface PlayedStory {
  partnershipId: string;
  servicePointId: string | null;
}

/** What the steps of one story made, for the steps after them. */
export interface Made {
  partnershipId: string;
  commitmentIds: string[];
  indicatorIds: string[];
  servicePointId: string | null;
  scorecardIds: string[];
  actionItemIds: Map<string, string>;
}

/** Before the first step of a story. */
export function nothingMade(): Made {
  return { partnershipId: '', commitmentIds: [], indicatorIds: [], servicePointId: null, scorecardIds: [], actionItemIds: new Map() };
}

export class StoryPlayer {
  constructor(
    private readonly services: PortfolioServices,
    private readonly cast: PortfolioCast,
    private readonly calendar: DemoCalendar,
  ) {}

  async play(story: PartnershipStory, clock: DemoClock): Promise<PlayedStory> {
    const made = nothingMade();
    for (const step of this.schedule(story, made)) {
      if (step.at !== null && step.at > this.calendar.now) throw new Error(`Demo portfolio: a step of "${story.proposal.title}" lies in the future`);
      await clock.run(step.at, step.run);
    }
    return { partnershipId: made.partnershipId, servicePointId: made.servicePointId };
  }

  /** The story's steps in the order they are played: dated ones by date (the story's order at the same moment), then the rest. */
  schedule(story: PartnershipStory, made: Made): TimedStep[] {
    const { proposal } = story;
    const create: TimedStep = {
      at: story.createdAt,
      kind: 'create',
      run: async () => {
        const input = partnershipCreateInput.parse({
          ...proposal,
          parties: proposal.parties.map((party) => ({ organizationId: this.id(party) })),
          contributions: proposal.contributions?.map(({ organization, ...contribution }) => ({ ...contribution, organizationId: this.id(organization) })),
          risks: proposal.risks?.map((risk) => ({ ...risk, carriedBy: risk.carriedBy === 'shared' ? 'shared' : this.id(risk.carriedBy) })),
        });
        made.partnershipId = (await this.services.partnerships.create(this.cast.as(story.createdBy), input)).id;
      },
    };
    const steps = [
      ...story.history.map((step) => this.lifecycleStep(made, step)),
      ...(story.commitments ?? []).flatMap((commitment, index) => this.commitmentSteps(made, story, commitment, index)),
      ...(story.assessments ?? []).flatMap((assessment) =>
        Object.entries(assessment.scores).map(([organization, scores]) => this.assessmentStep(made, organization, assessment.period, scores, assessment.comment)),
      ),
      ...(story.monitoring?.indicators ?? []).map((indicator, index) => this.indicatorStep(made, indicator, index)),
      ...(story.monitoring ? this.reportSteps(made, story, story.monitoring.reportNarrative) : []),
      ...(story.servicePoint ? this.servicePointSteps(made, story.servicePoint) : []),
    ];
    if (steps.some((step) => step.at !== null && step.at < story.createdAt)) {
      throw new Error(`Demo portfolio: a step of "${proposal.title}" comes before the partnership was created`);
    }
    // A stable sort keeps the story's order for steps at the same moment.
    const dated = steps.filter((step) => step.at !== null).sort((a, b) => a.at!.getTime() - b.at!.getTime());
    return [create, ...dated, ...steps.filter((step) => step.at === null)];
  }

  private id(organization: OrganizationKey): string {
    return this.cast.organization(organization).id;
  }

  /** The officer of a party who rates, assesses and reports for it. */
  private officerOf(organization: OrganizationKey): RequestContext {
    return this.cast.as(PORTFOLIO_OFFICERS[organization]!);
  }

  private lifecycleStep(made: Made, step: LifecycleStep): TimedStep {
    const context = this.cast.as(step.by);
    if ('review' in step) {
      return { at: step.at, kind: 'review', run: () => this.services.reviews.create(context, made.partnershipId, reviewInput.parse(step.review)) };
    }
    if ('mou' in step) {
      return {
        at: step.at,
        kind: 'mou',
        run: async () => {
          const { clauses } = await this.services.mou.template(context, made.partnershipId);
          const added = step.mou.addToClause;
          const revised = clauses.map((clause) =>
            clause.key === added?.key ? { ...clause, textEn: `${clause.textEn}${added.en}`, textKm: `${clause.textKm}${added.km}` } : clause,
          );
          return this.services.mou.createVersion(context, made.partnershipId, mouVersionInput.parse({ clauses: revised }));
        },
      };
    }
    const input = partnershipActionInput.parse({ comment: step.comment, reason: step.reason });
    return { at: step.at, kind: step.action, run: () => this.services.actions.apply(context, made.partnershipId, step.action, input) };
  }

  /** The commitment, then each party's rating of its first occurrences: the state side three days after the due date, the other side two days later. */
  private commitmentSteps(made: Made, story: PartnershipStory, commitment: CommitmentStory, index: number): TimedStep[] {
    const { title, owner, dueDate, recurrence, clauseKey, by, at, ratings } = commitment;
    const create: TimedStep = {
      at,
      kind: 'commitment',
      makes: `commitment:${index}`,
      run: async () => {
        const input = commitmentCreateInput.parse({ title, ownerOrganizationId: this.id(owner), dueDate, recurrence, clauseKey });
        made.commitmentIds[index] = (await this.services.commitments.create(this.cast.as(by), made.partnershipId, input)).id;
      },
    };
    const dueDates = occurrenceDates(dueDate, recurrence ?? 'none', story.proposal.endDate);
    const [state, nonState] = (['state', 'non_state'] as const).map((kind) => story.proposal.parties.find((party) => this.cast.organization(party).kind === kind)!);
    const rate = (period: string, party: OrganizationKey, rating: string, days: number, hour: number): TimedStep => ({
      at: this.calendar.at(this.calendar.addDays(period, days), hour),
      kind: 'rating',
      needs: [`commitment:${index}`],
      run: () => this.services.commitments.rate(this.officerOf(party), made.commitmentIds[index]!, ratingInput.parse({ period, rating })),
    });
    return [
      create,
      ...ratings.flatMap(([stateRating, nonStateRating], occurrence) => {
        const period = dueDates[occurrence];
        if (period === undefined || period >= this.calendar.today) throw new Error(`Demo portfolio: "${title}" has no occurrence due before today to rate`);
        return [rate(period, state!, stateRating, 3, 10), rate(period, nonState!, nonStateRating, 5, 15)];
      }),
    ];
  }

  /** A party's self-assessment, ten days after the period (the CSO side three days later). */
  private assessmentStep(made: Made, organization: OrganizationKey, period: string, values: number[], comment?: string): TimedStep {
    const state = this.cast.organization(organization).kind === 'state';
    const scores = Object.fromEntries(QUALITY_ATTRIBUTES.map((attribute, index) => [attribute, values[index]]));
    return {
      at: this.calendar.at(this.calendar.addDays(periodSpan(period)!.end, state ? 10 : 13), state ? 10 : 14),
      kind: 'assessment',
      period,
      run: () => this.services.quality.create(this.officerOf(organization), made.partnershipId, assessmentInput.parse({ period, scores, comment })),
    };
  }

  private indicatorStep(made: Made, indicator: IndicatorStory, index: number): TimedStep {
    const { name, nameKm, unit, baseline, target, frequency, responsible, bySex, at } = indicator;
    return {
      at,
      kind: 'indicator',
      makes: `indicator:${index}`,
      run: async () => {
        const input = indicatorCreateInput.parse({
          name, nameKm, unit, baseline, target, frequency, responsibleOrganizationId: this.id(responsible), disaggregations: bySex ? ['sex'] : [],
        });
        made.indicatorIds[index] = (await this.services.indicators.create(this.officerOf(responsible), made.partnershipId, input)).id;
      },
    };
  }

  /**
   * A report on every period already due, by the responsible party; the other party validates all but the latest,
   * which waits for its validation. Reports keep the day they are loaded: submitted versions cannot be moved back.
   */
  private reportSteps(made: Made, story: PartnershipStory, narrative: string): TimedStep[] {
    const indicators = story.monitoring!.indicators;
    const [first] = indicators;
    if (!first || indicators.some((indicator) => indicator.responsible !== first.responsible || indicator.frequency !== first.frequency)) {
      throw new Error(`Demo portfolio: the indicators of "${story.proposal.title}" must share one responsible party and frequency`);
    }
    const validator = story.proposal.parties.find((party) => party !== first.responsible)!;
    const due = reportingPeriods(first.frequency, story.proposal.startDate, story.proposal.endDate).filter((period) => period.dueDate < this.calendar.today);
    return due.map(({ periodStart, periodEnd }, index): TimedStep => ({
      at: null,
      kind: 'report',
      needs: indicators.map((_indicator, position) => `indicator:${position}`),
      run: async () => {
        const values = indicators.map((indicator, position) => {
          const given = indicator.values[index];
          if (!given) throw new Error(`Demo portfolio: "${indicator.name}" has no value for its report ${index + 1}`);
          return {
            indicatorId: made.indicatorIds[position]!,
            value: given.value,
            ...(given.sex ? { disaggregation: { sex: { female: given.sex[0], male: given.sex[1] } } } : {}),
          };
        });
        const reporter = this.officerOf(first.responsible);
        const report = await this.services.reports.create(reporter, made.partnershipId, reportCreateInput.parse({ periodStart, periodEnd, values, narrative }));
        await this.services.reports.act(reporter, report.id, 'submit', {});
        if (index < due.length - 1) await this.services.reports.act(this.officerOf(validator), report.id, 'validate', {});
      },
    }));
  }

  private servicePointSteps(made: Made, point: ServicePointStory): TimedStep[] {
    const { name, nameKm, kind, adminUnitCode, by, at } = point;
    return [
      {
        at,
        kind: 'service_point',
        makes: 'service_point',
        run: async () => {
          const input = servicePointCreateInput.parse({ name, nameKm, kind, adminUnitCode });
          made.servicePointId = (await this.services.servicePoints.create(this.cast.as(by), input)).id;
        },
      },
      ...point.scorecards.flatMap((scorecard, index) => this.scorecardSteps(made, scorecard, index)),
      ...point.feedback.flatMap((feedback, index): TimedStep[] => {
        let feedbackId = '';
        const submit: TimedStep = {
          at: feedback.at,
          kind: 'feedback',
          makes: `feedback:${index}`,
          needs: ['service_point'],
          run: async () => {
            const input = feedbackInput.parse({ text: feedback.text, channel: feedback.channel, rating: feedback.rating });
            feedbackId = (await this.services.feedback.submit(made.servicePointId!, input)).id;
          },
        };
        const { triage } = feedback;
        if (!triage) return [submit];
        return [
          submit,
          {
            at: triage.at,
            kind: 'feedback_triage',
            // Those who triage are the parties of a partnership with a round at the service point.
            needs: [`feedback:${index}`, 'scorecard:0', ...(triage.actionItem ? [`action_item:${triage.actionItem}`] : [])],
            run: () =>
              this.services.feedback.triage(
                this.cast.as(triage.by),
                feedbackId,
                feedbackTriageInput.parse({ status: triage.status, ...(triage.actionItem ? { actionItemId: made.actionItemIds.get(triage.actionItem) } : {}) }),
              ),
          },
        ];
      }),
    ];
  }

  /** The round two days after it was held, its action plan the day after, and each item's moves. */
  private scorecardSteps(made: Made, scorecard: ScorecardStory, index: number): TimedStep[] {
    const { date, by, participants, criteria, actionItems } = scorecard;
    const context = this.cast.as(by);
    const day = (days: number, hour: number) => this.calendar.at(this.calendar.addDays(date, days), hour);
    return [
      {
        at: day(2, 15),
        kind: 'scorecard',
        makes: `scorecard:${index}`,
        needs: ['service_point'],
        run: async () => {
          const input = scorecardCreateInput.parse({
            servicePointId: made.servicePointId,
            date,
            participants,
            criteria: criteria.map(([name, citizenScore, providerScore]) => ({ name, citizenScore, providerScore })),
          });
          made.scorecardIds[index] = (await this.services.scorecards.create(context, made.partnershipId, input)).id;
        },
      },
      ...actionItems.flatMap((item): TimedStep[] => [
        {
          at: day(3, 10),
          kind: 'action_item',
          makes: `action_item:${item.key}`,
          needs: [`scorecard:${index}`],
          run: async () => {
            const input = actionItemCreateInput.parse({ description: item.description, ownerOrganizationId: this.id(item.owner), dueDate: item.dueDate });
            made.actionItemIds.set(item.key, (await this.services.actionItems.create(context, made.scorecardIds[index]!, input)).id);
          },
        },
        ...(item.becomesCommitment ? [this.commitmentFromActionItem(made, item, day(4, 11))] : []),
        ...item.moves.map(({ at, by: mover, status, evidence, followUp }): TimedStep => ({
          at,
          kind: 'action_item_move',
          needs: [`action_item:${item.key}`],
          run: () => this.services.actionItems.update(this.cast.as(mover), made.actionItemIds.get(item.key)!, actionItemUpdateInput.parse({ status, evidence, followUp })),
        })),
      ]),
    ];
  }

  private commitmentFromActionItem(made: Made, item: ActionItemStory, at: Date): TimedStep {
    return {
      at,
      kind: 'action_item_commitment',
      needs: [`action_item:${item.key}`],
      run: () => this.services.actionItems.makeCommitment(this.officerOf(item.owner), made.actionItemIds.get(item.key)!, actionItemCommitmentInput.parse({})),
    };
  }
}
