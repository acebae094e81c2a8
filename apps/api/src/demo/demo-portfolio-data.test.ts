// The portfolio is dated from the day it is loaded. Whatever that day, every story must play: no step in the future,
// each in a status that allows it and after what it needs, every assessed period begun and within the term.
import { ASSESSABLE_STATUSES, checkAssessmentPeriod, PARTNERSHIP_STATUSES, type PartnershipStatus } from '@daikou/domain';
import { SYSTEM_CONTEXT } from '../common/request-context';
import { DEMO_ORGANIZATIONS } from './demo-data';
import { DemoCalendar } from './demo-portfolio-calendar';
import { PORTFOLIO_ORGANIZATIONS, portfolioStories } from './demo-portfolio-data';
import { nothingMade, StoryPlayer, type PortfolioServices, type StepKind, type TimedStep } from './demo-portfolio-player';
import type { PartnershipStory } from './demo-portfolio-spec';

const DAY_MS = 86_400_000;

// The lifecycle's statuses after each action (a signature makes the partnership active once both parties signed).
const LEADS_TO: Partial<Record<StepKind, PartnershipStatus>> = {
  create: 'draft',
  submit_proposal: 'proposal_review',
  accept_proposal: 'mou_drafting',
  return_proposal: 'draft',
  submit_mou: 'mou_review',
  request_changes: 'mou_drafting',
  approve: 'awaiting_signatures',
  decline: 'declined',
  suspend: 'suspended',
  resume: 'active',
  complete: 'completed',
  terminate: 'terminated',
  close: 'closed',
  withdraw: 'withdrawn',
};
const JOINT_WORK: readonly StepKind[] = ['commitment', 'rating', 'indicator', 'report', 'scorecard', 'action_item', 'action_item_commitment', 'action_item_move'];
const REVIEWABLE: readonly PartnershipStatus[] = ['active', 'suspended', 'completed', 'terminated'];

const kinds = new Map([...DEMO_ORGANIZATIONS, ...PORTFOLIO_ORGANIZATIONS].map((organization) => [organization.key, organization.kind]));

function schedule(story: PartnershipStory, calendar: DemoCalendar): TimedStep[] {
  // Scheduling reads the story only; the services are called when a step runs.
  const player = new StoryPlayer({} as PortfolioServices, { as: () => SYSTEM_CONTEXT, organization: (key) => ({ id: key, kind: kinds.get(key)! }) }, calendar);
  return player.schedule(story, nothingMade());
}

/** The problems of playing the story on the day `now`, and the status it ends in. */
function play(now: Date, story: PartnershipStory, calendar: DemoCalendar): { problems: string[]; status: PartnershipStatus } {
  const problems: string[] = [];
  const made = new Set<string>();
  let status: PartnershipStatus = 'draft';
  let signatures = 0;
  for (const step of schedule(story, calendar)) {
    const problem = (what: string) => problems.push(`${story.proposal.title}: ${step.kind} at ${step.at?.toISOString() ?? 'load'}: ${what}`);
    if (step.at !== null && step.at > now) problem('in the future');
    for (const needed of step.needs ?? []) if (!made.has(needed)) problem(`before ${needed}`);
    if (JOINT_WORK.includes(step.kind) && status !== 'active') problem(`while ${status}`);
    if (step.kind === 'review' && !REVIEWABLE.includes(status)) problem(`while ${status}`);
    if (step.kind === 'assessment') {
      if (!(ASSESSABLE_STATUSES as readonly PartnershipStatus[]).includes(status)) problem(`while ${status}`);
      const check = checkAssessmentPeriod(step.period!, story.proposal, calendar.today);
      if (!check.ok) problem(check.code);
    }
    if (step.makes) made.add(step.makes);
    if (step.kind === 'sign') signatures += 1;
    if (step.kind === 'approve') signatures = 0;
    status = step.kind === 'sign' ? (signatures === story.proposal.parties.length ? 'active' : status) : (LEADS_TO[step.kind] ?? status);
  }
  return { problems, status };
}

describe('demo portfolio stories', () => {
  it('play on any day of the year and end in every status of the lifecycle', () => {
    // Every day of a year holding a 29 February, just after midnight in Cambodia (17:30 UTC).
    const start = Date.UTC(2027, 5, 1, 17, 30);
    for (let day = 0; day < 366; day += 1) {
      const now = new Date(start + day * DAY_MS);
      const calendar = new DemoCalendar(now);
      const played = portfolioStories(calendar).map((story) => play(now, story, calendar));
      expect(played.flatMap((story) => story.problems)).toEqual([]);
      expect(new Set(played.map((story) => story.status))).toEqual(new Set(PARTNERSHIP_STATUSES));
    }
  });
});
