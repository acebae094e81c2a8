// /organizations/:id/edit — administrators change every field; the organisation's own officers change its
// names, sectors and capacities. The same decide() as the server says which fields the form shows.
import { organizationUpdateInput } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { data, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { actorOf, currentUserQueryOptions, useSignedInUser } from '../../../lib/current-user';
import { currentLanguage } from '../../../lib/i18n';
import { loadOrNotFound } from '../../../lib/load-or-not-found';
import { queryClient } from '../../../lib/query-client';
import { organizationQueryOptions, useLoadedOrganization } from '../api/get-organization';
import { useUpdateOrganization } from '../api/update-organization';
import { draftOf, updateInputOf } from '../components/organization-draft';
import { OrganizationForm } from '../components/organization-form';
import { organizationNames } from '../components/organization-names';
import { ORGANIZATION_FIELDS, editableOrganizationFields } from '../organization-policy';

export async function editOrganizationLoader({ params }: LoaderFunctionArgs) {
  const id = params.id ?? '';
  const [user] = await Promise.all([
    queryClient.ensureQueryData(currentUserQueryOptions()),
    loadOrNotFound(queryClient.ensureQueryData(organizationQueryOptions(id))),
  ]);
  if (editableOrganizationFields(actorOf(user), id).length === 0) throw data(null, { status: 403 });
  return null;
}

export function EditOrganizationRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useParams().id ?? '';
  const organization = useLoadedOrganization(id);
  const user = useSignedInUser();
  const update = useUpdateOrganization();
  const fields = editableOrganizationFields(actorOf(user), id);
  const profile = `/organizations/${id}`;
  const { primary } = organizationNames(organization, currentLanguage());
  return (
    <section aria-labelledby="page-heading">
      <PageHeader title={t('organizations.edit.title', { name: primary.text })} />
      {fields.length < ORGANIZATION_FIELDS.length && <p className="notice">{t('organizations.edit.adminOnlyFields')}</p>}
      <OrganizationForm
        initial={draftOf(organization)}
        fields={fields}
        check={(draft) => organizationUpdateInput.safeParse(updateInputOf(draft, organization, fields))}
        onSubmit={(patch) => {
          if (Object.keys(patch).length === 0) return void navigate(profile);
          update.mutate({ id, patch }, { onSuccess: () => void navigate(profile) });
        }}
        submitting={update.isPending}
        error={update.error}
        submitLabel={t('common.saveChanges')}
        cancelTo={profile}
      />
    </section>
  );
}
