// /service-points/:id/scorecards/:scorecardId — one scorecard round: the partnership and facilitator, who took part,
// each criterion's scores and gap, and the action plan that follows; the parties' officers add action items here.
import { useTranslation } from 'react-i18next';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { actorOf, useSignedInUser } from '../../../lib/current-user';
import { currentLanguage } from '../../../lib/i18n';
import { loadOrNotFound } from '../../../lib/load-or-not-found';
import { queryClient } from '../../../lib/query-client';
import { useDateFormat } from '../../../lib/use-date-time-format';
import { useMonitoredPartnership } from '../api/get-monitored-partnership';
import { scorecardQueryOptions, useLoadedScorecard } from '../api/get-scorecard';
import { ActionItemForm } from '../components/action-item-form';
import { bilingualNames } from '../components/bilingual-name';
import { CriteriaTable } from '../components/criteria-table';
import { ParticipantsSummary } from '../components/participants-summary';
import { usePartyOptions } from '../components/party-options';
import { RoundActionItems } from '../components/round-action-items';
import { useScoreFormat } from '../components/score-format';
import { mayRecordMonitoring } from '../service-point-policy';
import '../service-points.css';

export async function scorecardLoader({ params }: LoaderFunctionArgs) {
  await loadOrNotFound(queryClient.ensureQueryData(scorecardQueryOptions(params.scorecardId ?? '')));
  return null;
}

export function ScorecardRoute() {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const format = useScoreFormat();
  const user = useSignedInUser();
  const round = useLoadedScorecard(useParams().scorecardId ?? '');
  const partnership = useMonitoredPartnership(round.partnershipId);
  const ownerOptions = usePartyOptions(partnership.data?.parties ?? []);
  const { primary } = bilingualNames({ name: round.servicePointName, nameKm: round.servicePointNameKm }, currentLanguage());
  const mayAdd = partnership.data !== undefined && mayRecordMonitoring(actorOf(user), partnership.data);
  const planPath = `/partnerships/${round.partnershipId}?tab=action-plan`;
  return (
    <section aria-labelledby="page-heading">
      <p className="breadcrumb">
        <Link to={`/service-points/${round.servicePointId}`} lang={primary.lang}>
          {primary.text}
        </Link>
      </p>
      <PageHeader title={t('scorecards.round.title', { date: formatDate(round.date) })} subtitle={<span lang={primary.lang}>{primary.text}</span>} />
      <div className="work-sections">
        <dl className="details">
          <dt>{t('scorecards.fields.partnership')}</dt>
          <dd>
            <Link to={`/partnerships/${round.partnershipId}`}>{partnership.data?.title ?? t('common.loading')}</Link>
          </dd>
          <dt>{t('scorecards.fields.facilitator')}</dt>
          <dd>{round.facilitatingOrganizationName}</dd>
          <dt>{t('scorecards.fields.participants')}</dt>
          <dd>
            <ParticipantsSummary participants={round.participants} />
          </dd>
          <dt>{t('scorecards.round.averages')}</dt>
          <dd>
            {t('scorecards.round.averagesText', {
              citizens: format.score(round.citizenAverage),
              providers: format.score(round.providerAverage),
              gap: format.gap(round.averageGap),
            })}
          </dd>
        </dl>
        <section className="panel" aria-labelledby="criteria-heading">
          <h2 id="criteria-heading">{t('scorecards.round.criteria')}</h2>
          <CriteriaTable criteria={round.criteria} />
        </section>
        <section className="panel" aria-labelledby="round-plan-heading">
          <h2 id="round-plan-heading">{t('actionPlan.ofRound')}</h2>
          {round.actionItems.length === 0 ? <p className="muted">{t('actionPlan.noneForRound')}</p> : <RoundActionItems items={round.actionItems} />}
          <p>
            <Link to={planPath}>{t('actionPlan.openBoard')}</Link>
          </p>
        </section>
        {mayAdd && <ActionItemForm round={round} ownerOptions={ownerOptions} />}
      </div>
    </section>
  );
}
