// /service-points/new — adds a service point to the shared directory (officers and administrators).
import { useTranslation } from 'react-i18next';
import { data, Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { actorOf, currentUserQueryOptions } from '../../../lib/current-user';
import { queryClient } from '../../../lib/query-client';
import { useCreateServicePoint } from '../api/create-service-point';
import { ServicePointForm } from '../components/service-point-form';
import { mayRegisterServicePoints } from '../service-point-policy';

export async function newServicePointLoader() {
  const user = await queryClient.ensureQueryData(currentUserQueryOptions());
  if (!mayRegisterServicePoints(actorOf(user))) throw data(null, { status: 403 });
  return null;
}

export function NewServicePointRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateServicePoint();
  return (
    <section aria-labelledby="page-heading">
      <p className="breadcrumb">
        <Link to="/service-points">{t('servicePoints.list.title')}</Link>
      </p>
      <PageHeader title={t('servicePoints.new.title')} />
      <ServicePointForm
        submitting={create.isPending}
        error={create.error}
        onSubmit={(input) => create.mutate(input, { onSuccess: (created) => void navigate(`/service-points/${created.id}`) })}
      />
    </section>
  );
}
