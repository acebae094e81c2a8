// /indicator-library/new — an administrator adds an indicator to the library.
import { libraryIndicatorInput } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { data, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { actorOf, currentUserQueryOptions } from '../../../lib/current-user';
import { queryClient } from '../../../lib/query-client';
import { useCreateLibraryIndicator } from '../api/create-library-indicator';
import { libraryCreateInputOf, libraryDraftOf } from '../components/library-indicator-draft';
import { LibraryIndicatorForm } from '../components/library-indicator-form';
import { mayKeepLibrary } from '../library-policy';

export async function newLibraryIndicatorLoader() {
  const user = await queryClient.ensureQueryData(currentUserQueryOptions());
  if (!mayKeepLibrary(actorOf(user))) throw data(null, { status: 403 });
  return null;
}

export function NewLibraryIndicatorRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateLibraryIndicator();
  return (
    <section aria-labelledby="page-heading">
      <PageHeader title={t('indicatorLibrary.new.title')} />
      <LibraryIndicatorForm
        initial={libraryDraftOf()}
        check={(draft) => libraryIndicatorInput.safeParse(libraryCreateInputOf(draft))}
        onSubmit={(input) => create.mutate(input, { onSuccess: () => void navigate('/indicator-library') })}
        submitting={create.isPending}
        error={create.error}
        submitLabel={t('indicatorLibrary.new.submit')}
      />
    </section>
  );
}
