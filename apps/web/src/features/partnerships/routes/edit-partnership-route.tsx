// /partnerships/:id/edit — the parties' officers change the proposal while it is a draft (or its MoU is drafted).
import { partnershipUpdateInput } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { data, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { actorOf, currentUserQueryOptions, useSignedInUser } from '../../../lib/current-user';
import { loadOrNotFound } from '../../../lib/load-or-not-found';
import { queryClient } from '../../../lib/query-client';
import { partnershipQueryOptions, useLoadedPartnership } from '../api/get-partnership';
import { useUpdatePartnership } from '../api/update-partnership';
import { draftOf, inputOf } from '../components/partnership-draft';
import { PartnershipForm } from '../components/partnership-form';
import { mayEditProposal } from '../partnership-policy';

export async function editPartnershipLoader({ params }: LoaderFunctionArgs) {
  const [user, partnership] = await Promise.all([
    queryClient.ensureQueryData(currentUserQueryOptions()),
    loadOrNotFound(queryClient.fetchQuery(partnershipQueryOptions(params.id ?? ''))),
  ]);
  if (!mayEditProposal(actorOf(user), partnership)) throw data(null, { status: 403 });
  return null;
}

export function EditPartnershipRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useParams().id ?? '';
  const partnership = useLoadedPartnership(id);
  const user = useSignedInUser();
  const update = useUpdatePartnership();
  const detail = `/partnerships/${id}`;
  return (
    <section aria-labelledby="page-heading">
      <PageHeader title={t('partnerships.edit.title')} subtitle={partnership.title} />
      <PartnershipForm
        initial={draftOf(partnership, user.organizationId)}
        ownOrganizationId={user.organizationId}
        check={(draft) => partnershipUpdateInput.safeParse(inputOf(draft))}
        onSubmit={(patch) => update.mutate({ id, patch }, { onSuccess: () => void navigate(detail) })}
        submitting={update.isPending}
        error={update.error}
        submitLabel={t('common.saveChanges')}
        cancelTo={detail}
      />
    </section>
  );
}
