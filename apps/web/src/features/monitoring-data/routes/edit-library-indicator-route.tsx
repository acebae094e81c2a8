// /indicator-library/:id/edit — an administrator changes a library indicator; partnerships keep the copies they made.
import { libraryIndicatorUpdateInput } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { data, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { actorOf, currentUserQueryOptions } from '../../../lib/current-user';
import { loadOrNotFound } from '../../../lib/load-or-not-found';
import { queryClient } from '../../../lib/query-client';
import { libraryIndicatorQueryOptions, useLoadedLibraryIndicator } from '../api/get-library-indicator';
import { useUpdateLibraryIndicator } from '../api/update-library-indicator';
import { libraryDraftOf, libraryUpdateInputOf } from '../components/library-indicator-draft';
import { LibraryIndicatorForm } from '../components/library-indicator-form';
import { useLibraryIndicatorNames } from '../components/library-indicator-names';
import { mayKeepLibrary } from '../library-policy';

export async function editLibraryIndicatorLoader({ params }: LoaderFunctionArgs) {
  const [user] = await Promise.all([
    queryClient.ensureQueryData(currentUserQueryOptions()),
    loadOrNotFound(queryClient.ensureQueryData(libraryIndicatorQueryOptions(params.id ?? ''))),
  ]);
  if (!mayKeepLibrary(actorOf(user))) throw data(null, { status: 403 });
  return null;
}

export function EditLibraryIndicatorRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useParams().id ?? '';
  const indicator = useLoadedLibraryIndicator(id);
  const { primary } = useLibraryIndicatorNames(indicator);
  const update = useUpdateLibraryIndicator();
  return (
    <section aria-labelledby="page-heading">
      <PageHeader title={t('indicatorLibrary.edit.title', { name: primary.text })} />
      <p className="notice">{t('indicatorLibrary.edit.copiesStay')}</p>
      <LibraryIndicatorForm
        initial={libraryDraftOf(indicator)}
        check={(draft) => libraryIndicatorUpdateInput.safeParse(libraryUpdateInputOf(draft, indicator))}
        onSubmit={(patch) => {
          if (Object.keys(patch).length === 0) return void navigate('/indicator-library');
          update.mutate({ id, patch }, { onSuccess: () => void navigate('/indicator-library') });
        }}
        submitting={update.isPending}
        error={update.error}
        submitLabel={t('common.saveChanges')}
      />
    </section>
  );
}
