// /service-points/:id/scorecards/new — a party's officer records a scorecard round at the service point, for one of
// the active partnerships their organisation is a party to; the service point's page then shows it in the charts.
import { useTranslation } from 'react-i18next';
import { data, Link, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { LoadError } from '../../../components/load-error';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import { actorOf, currentUserQueryOptions, useSignedInUser } from '../../../lib/current-user';
import { currentLanguage } from '../../../lib/i18n';
import { loadOrNotFound } from '../../../lib/load-or-not-found';
import { queryClient } from '../../../lib/query-client';
import { useCreateScorecard } from '../api/create-scorecard';
import { useActivePartnerships } from '../api/get-recordable-partnerships';
import { servicePointQueryOptions, useLoadedServicePoint } from '../api/get-service-point';
import { bilingualNames } from '../components/bilingual-name';
import { ScorecardForm } from '../components/scorecard-form';
import { mayRecordMonitoring, mayRecordScorecards } from '../service-point-policy';
import '../service-points.css';

export async function newScorecardLoader({ params }: LoaderFunctionArgs) {
  const user = await queryClient.ensureQueryData(currentUserQueryOptions());
  if (!mayRecordScorecards(actorOf(user))) throw data(null, { status: 403 });
  await loadOrNotFound(queryClient.ensureQueryData(servicePointQueryOptions(params.id ?? '')));
  return null;
}

export function NewScorecardRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useParams().id ?? '';
  const point = useLoadedServicePoint(id);
  const user = useSignedInUser();
  const partnerships = useActivePartnerships();
  const create = useCreateScorecard();
  const { primary } = bilingualNames(point, currentLanguage());
  const pointPath = `/service-points/${id}`;
  const recordable = (partnerships.data ?? []).filter((partnership) => mayRecordMonitoring(actorOf(user), partnership));
  return (
    <section aria-labelledby="page-heading">
      <p className="breadcrumb">
        <Link to={pointPath} lang={primary.lang}>
          {primary.text}
        </Link>
      </p>
      <PageHeader title={t('scorecards.new.title')} subtitle={<span lang={primary.lang}>{primary.text}</span>} />
      {partnerships.isError && <LoadError onRetry={() => void partnerships.refetch()} />}
      {partnerships.isPending && <PageLoading />}
      {partnerships.data && recordable.length === 0 && (
        <div role="status" className="notice">
          <p>{t('scorecards.new.noPartnership')}</p>
        </div>
      )}
      {recordable.length > 0 && (
        <ScorecardForm
          servicePointId={id}
          partnerships={recordable}
          organizationId={user.organizationId}
          submitting={create.isPending}
          error={create.error}
          cancelTo={pointPath}
          onSubmit={(submission) => create.mutate(submission, { onSuccess: () => void navigate(pointPath) })}
        />
      )}
    </section>
  );
}
