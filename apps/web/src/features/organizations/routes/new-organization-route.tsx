// /organizations/new — registers an organisation (administrators).
import { organizationCreateInput } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { data, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { actorOf, currentUserQueryOptions } from '../../../lib/current-user';
import { queryClient } from '../../../lib/query-client';
import { useCreateOrganization } from '../api/create-organization';
import { createInputOf, draftOf } from '../components/organization-draft';
import { OrganizationForm } from '../components/organization-form';
import { ORGANIZATION_FIELDS, mayRegisterOrganizations } from '../organization-policy';

export async function newOrganizationLoader() {
  const user = await queryClient.ensureQueryData(currentUserQueryOptions());
  if (!mayRegisterOrganizations(actorOf(user))) throw data(null, { status: 403 });
  return null;
}

export function NewOrganizationRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOrganization();
  return (
    <section aria-labelledby="page-heading">
      <PageHeader title={t('organizations.new.title')} />
      <OrganizationForm
        initial={draftOf()}
        fields={ORGANIZATION_FIELDS}
        check={(draft) => organizationCreateInput.safeParse(createInputOf(draft))}
        onSubmit={(input) =>
          create.mutate(input, { onSuccess: (created) => void navigate(`/organizations/${created.id}`) })
        }
        submitting={create.isPending}
        error={create.error}
        submitLabel={t('organizations.new.submit')}
        cancelTo="/organizations"
      />
    </section>
  );
}
