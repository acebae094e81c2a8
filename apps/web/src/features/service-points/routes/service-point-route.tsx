// /service-points/:id — one service point: what and where it is, its scorecard history as charts (citizens'
// against providers' scores per criterion over the rounds), and the rounds; officers record a new round here.
import { useTranslation } from 'react-i18next';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { LoadError } from '../../../components/load-error';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import { actorOf, useSignedInUser } from '../../../lib/current-user';
import { currentLanguage } from '../../../lib/i18n';
import { loadOrNotFound } from '../../../lib/load-or-not-found';
import { queryClient } from '../../../lib/query-client';
import { servicePointQueryOptions, useLoadedServicePoint } from '../api/get-service-point';
import { useServicePointScorecards } from '../api/get-service-point-scorecards';
import { bilingualNames } from '../components/bilingual-name';
import { ScorecardHistoryChart, ScorecardLegend } from '../components/scorecard-history-chart';
import { ScorecardRoundsTable } from '../components/scorecard-rounds-table';
import { ServicePointDetails } from '../components/service-point-details';
import { mayRecordScorecards } from '../service-point-policy';
import '../service-points.css';

export async function servicePointLoader({ params }: LoaderFunctionArgs) {
  await loadOrNotFound(queryClient.ensureQueryData(servicePointQueryOptions(params.id ?? '')));
  return null;
}

export function ServicePointRoute() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const point = useLoadedServicePoint(id);
  const user = useSignedInUser();
  const scorecards = useServicePointScorecards(id);
  const { primary, secondary } = bilingualNames(point, currentLanguage());
  const rounds = scorecards.data?.rounds ?? [];
  return (
    <section aria-labelledby="page-heading">
      <p className="breadcrumb">
        <Link to="/service-points">{t('servicePoints.list.title')}</Link>
      </p>
      <PageHeader
        title={primary.text}
        titleLang={primary.lang}
        subtitle={secondary && <span lang={secondary.lang}>{secondary.text}</span>}
        actions={
          mayRecordScorecards(actorOf(user)) && (
            <Link to="scorecards/new" className="button button-primary">
              {t('scorecards.new.action')}
            </Link>
          )
        }
      />
      <div className="work-sections">
        <ServicePointDetails point={point} />
        <section className="panel" aria-labelledby="history-heading">
          <h2 id="history-heading">{t('scorecards.history.heading')}</h2>
          {scorecards.isError && <LoadError onRetry={() => void scorecards.refetch()} />}
          {scorecards.isPending && <PageLoading />}
          {scorecards.data && rounds.length === 0 && <p className="muted">{t('scorecards.history.none')}</p>}
          {rounds.length > 0 && (
            <>
              <p className="notice-text">{t('scorecards.history.explained')}</p>
              <ScorecardLegend />
              <ScorecardHistoryChart comparison={scorecards.data?.comparison ?? []} />
            </>
          )}
        </section>
        {rounds.length > 0 && (
          <section className="panel" aria-labelledby="rounds-heading">
            <h2 id="rounds-heading">{t('scorecards.rounds.heading')}</h2>
            <ScorecardRoundsTable rounds={rounds} />
          </section>
        )}
        <p>
          <Link to={`/feedback?servicePointId=${point.id}`}>{t('feedbackInbox.ofServicePoint')}</Link>
        </p>
      </div>
    </section>
  );
}
