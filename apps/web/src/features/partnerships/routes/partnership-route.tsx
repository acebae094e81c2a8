// /partnerships/:id — one partnership: its status and parties, the steps the user may take now, and tabs for
// the overview (facts, timeline, endorsement, reviews), the MoU and its amendments, and once it has been active
// the parties' joint work: workplan, meetings, commitments, the accountability record, monitoring, quality and the
// action plan (the service-points feature's board).
import { ACTION_LABELS, awaitsEndorsement, type PartnershipStatus } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { useLookups } from '../../../components/lookups';
import { actorOf, useSignedInUser } from '../../../lib/current-user';
import { loadOrNotFound } from '../../../lib/load-or-not-found';
import { queryClient } from '../../../lib/query-client';
import { useBilingual } from '../../../lib/use-bilingual';
import { oneOf } from '../../../lib/use-url-filters';
import { useActOnPartnership } from '../api/act-on-partnership';
import { partnershipQueryOptions, useLoadedPartnership, useRefreshPartnership } from '../api/get-partnership';
import { AccountabilitySection } from '../components/accountability-section';
import { AmendmentsSection } from '../components/amendments-section';
import { CommitmentsSection } from '../components/commitments-section';
import { EndorsementState } from '../components/endorsement-state';
import { MeetingsSection } from '../components/meetings-section';
import { MonitoringSection } from '../components/monitoring-section';
import { MouSection } from '../components/mou-section';
import { PartnershipFacts } from '../components/partnership-facts';
import { ReviewsSection } from '../components/reviews-section';
import { StatusBadge } from '../components/status-badge';
import { StatusTimeline } from '../components/status-timeline';
import { StepActions } from '../components/step-actions';
import { WorkplanSection } from '../components/workplan-section';
import { PARTNERSHIP_STEP_INPUT } from '../components/step-inputs';
import { mayEditProposal, mayWriteAmendment } from '../partnership-policy';

// The quality tab brings its charts (recharts) only when opened.

export async function partnershipLoader({ params }: LoaderFunctionArgs) {
  await loadOrNotFound(queryClient.ensureQueryData(partnershipQueryOptions(params.id ?? '')));
  return null;
}

const tabs = ['overview', 'mou', 'amendments', 'workplan', 'meetings', 'commitments', 'accountability', 'monitoring', 'quality', 'action-plan'] as const;
type Tab = (typeof tabs)[number];

// Joint work is recorded while the partnership is active and stays readable after it.
const hasBeenActive: ReadonlySet<PartnershipStatus> = new Set(['active', 'suspended', 'completed', 'terminated', 'closed']);

export function PartnershipRoute() {
  const { t } = useTranslation();
  const { ActionPlanBoard, QualitySection } = useLookups();
  const inLanguage = useBilingual();
  const id = useParams().id ?? '';
  const [params] = useSearchParams();
  const partnership = useLoadedPartnership(id);
  const user = useSignedInUser();
  const act = useActOnPartnership();
  const refresh = useRefreshPartnership(id);
  const actor = actorOf(user);
  const hasMou = partnership.currentMouVersion !== null || partnership.status === 'mou_drafting';
  const hasAmendments = partnership.signedMouVersion !== null;
  const hasJointWork = hasBeenActive.has(partnership.status);
  const shownTabs = tabs.filter((tab) => {
    if (tab === 'overview') return true;
    if (tab === 'mou') return hasMou;
    if (tab === 'amendments') return hasAmendments;
    return hasJointWork;
  });
  const tab: Tab = oneOf(shownTabs, params.get('tab')) ?? 'overview';
  const tabLabels: Record<Tab, string> = {
    overview: t('partnerships.tabs.overview'),
    mou: t('partnerships.tabs.mou'),
    amendments: t('partnerships.tabs.amendments'),
    workplan: t('partnerships.tabs.workplan'),
    meetings: t('partnerships.tabs.meetings'),
    commitments: t('partnerships.tabs.commitments'),
    accountability: t('partnerships.tabs.accountability'),
    monitoring: t('partnerships.tabs.monitoring'),
    quality: t('quality.tab'),
    'action-plan': t('actionPlan.tab'),
  };
  return (
    <section aria-labelledby="page-heading">
      <p className="breadcrumb">
        <Link to="/partnerships">{t('partnerships.list.title')}</Link>
      </p>
      <PageHeader
        title={partnership.title}
        subtitle={
          <span className="status-line">
            {t('partnerships.fields.status')}: <StatusBadge status={partnership.status} />
          </span>
        }
        actions={
          mayEditProposal(actor, partnership) && (
            <Link to="edit" className="button button-quiet">
              {t('partnerships.edit.action')}
            </Link>
          )
        }
      />
      <StepActions
        label={t('partnerships.actions.label')}
        actions={partnership.allowedActions}
        labelOf={(action) => inLanguage(ACTION_LABELS[action])}
        inputOf={(action) => PARTNERSHIP_STEP_INPUT[action] ?? 'optional_comment'}
        partnershipId={partnership.id}
        versionToSign={partnership.approvedMouVersion?.number ?? null}
        pending={act.isPending}
        error={act.error}
        perform={(action, text, done) =>
          act.mutate({ id, action, ...text, expectedVersion: partnership.version }, { onSuccess: done })
        }
        reset={act.reset}
        onReload={refresh}
      />
      {shownTabs.length > 1 && (
        <nav className="tabs" aria-label={t('partnerships.tabs.label')}>
          {shownTabs.map((name) => (
            <Link key={name} to={{ search: name === 'overview' ? '' : `?tab=${name}` }} aria-current={name === tab ? 'page' : undefined}>
              {tabLabels[name]}
            </Link>
          ))}
        </nav>
      )}
      {tab === 'overview' && (
        <div className="panels">
          {awaitsEndorsement(partnership.status) && <EndorsementState endorsement={partnership.endorsement} />}
          <section className="panel" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{t('partnerships.overview.facts')}</h2>
            <PartnershipFacts partnership={partnership} />
          </section>
          <section className="panel" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t('partnerships.history.title')}</h2>
            <StatusTimeline partnershipId={partnership.id} />
          </section>
          <ReviewsSection partnershipId={partnership.id} status={partnership.status} />
        </div>
      )}
      {tab === 'mou' && <MouSection partnership={partnership} />}
      {tab === 'amendments' && <AmendmentsSection partnership={partnership} writes={mayWriteAmendment(actor, partnership)} />}
      {tab === 'workplan' && <WorkplanSection partnership={partnership} />}
      {tab === 'meetings' && <MeetingsSection partnership={partnership} />}
      {tab === 'commitments' && <CommitmentsSection partnership={partnership} />}
      {tab === 'accountability' && <AccountabilitySection partnership={partnership} />}
      {tab === 'monitoring' && <MonitoringSection partnership={partnership} />}
      {tab === 'quality' && <QualitySection partnership={partnership} />}
      {tab === 'action-plan' && <ActionPlanBoard partnership={partnership} />}
    </section>
  );
}
