// /partnerships/new — an officer proposes a partnership with their own organisation as a party; it starts as a draft.
import { partnershipCreateInput } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { data, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { actorOf, currentUserQueryOptions, useSignedInUser } from '../../../lib/current-user';
import { queryClient } from '../../../lib/query-client';
import { useCreatePartnership } from '../api/create-partnership';
import { draftOf, inputOf } from '../components/partnership-draft';
import { PartnershipForm } from '../components/partnership-form';
import { mayPropose } from '../partnership-policy';

export async function newPartnershipLoader() {
  const user = await queryClient.ensureQueryData(currentUserQueryOptions());
  if (!mayPropose(actorOf(user))) throw data(null, { status: 403 });
  return null;
}

export function NewPartnershipRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useSignedInUser();
  const create = useCreatePartnership();
  return (
    <section aria-labelledby="page-heading">
      <PageHeader title={t('partnerships.new.title')} subtitle={t('partnerships.new.intro')} />
      <PartnershipForm
        initial={draftOf(undefined, user.organizationId)}
        ownOrganizationId={user.organizationId}
        check={(draft) => partnershipCreateInput.safeParse(inputOf(draft))}
        onSubmit={(input) => create.mutate(input, { onSuccess: (created) => void navigate(`/partnerships/${created.id}`) })}
        submitting={create.isPending}
        error={create.error}
        submitLabel={t('partnerships.new.submit')}
        cancelTo="/partnerships"
      />
    </section>
  );
}
