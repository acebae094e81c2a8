// /organizations/:id — an organisation's profile; Edit appears for those the policy lets change it.
import { useTranslation } from 'react-i18next';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { actorOf, useSignedInUser } from '../../../lib/current-user';
import { currentLanguage } from '../../../lib/i18n';
import { loadOrNotFound } from '../../../lib/load-or-not-found';
import { queryClient } from '../../../lib/query-client';
import { organizationQueryOptions, useLoadedOrganization } from '../api/get-organization';
import { OrganizationDetails } from '../components/organization-details';
import { organizationNames } from '../components/organization-names';
import { editableOrganizationFields } from '../organization-policy';

export async function organizationProfileLoader({ params }: LoaderFunctionArgs) {
  await loadOrNotFound(queryClient.ensureQueryData(organizationQueryOptions(params.id ?? '')));
  return null;
}

export function OrganizationProfileRoute() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const organization = useLoadedOrganization(id);
  const user = useSignedInUser();
  const { primary, secondary } = organizationNames(organization, currentLanguage());
  const mayEdit = editableOrganizationFields(actorOf(user), id).length > 0;
  return (
    <section aria-labelledby="page-heading">
      <p className="breadcrumb">
        <Link to="/organizations">{t('organizations.directory.title')}</Link>
      </p>
      <PageHeader
        title={primary.text}
        titleLang={primary.lang}
        subtitle={secondary && <span lang={secondary.lang}>{secondary.text}</span>}
        actions={
          mayEdit && (
            <Link to="edit" className="button button-primary">
              {t('organizations.edit.action')}
            </Link>
          )
        }
      />
      <OrganizationDetails organization={organization} />
    </section>
  );
}
