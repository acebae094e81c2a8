// /users/:id — one account (administrators): change its role, organisation, signatory flag and language,
// set a new password, deactivate or reactivate it.
import { userUpdateInput } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, type LoaderFunctionArgs } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { useSignedInUser } from '../../../lib/current-user';
import { loadOrNotFound } from '../../../lib/load-or-not-found';
import { queryClient } from '../../../lib/query-client';
import { useLoadedUser, userQueryOptions } from '../api/get-user';
import { useUpdateUser } from '../api/update-user';
import { AccountStatusSection } from '../components/account-status-section';
import { PasswordResetForm } from '../components/password-reset-form';
import { assignmentChangesOf, draftOf } from '../components/user-draft';
import { UserForm } from '../components/user-form';

export async function userLoader({ params }: LoaderFunctionArgs) {
  await loadOrNotFound(queryClient.ensureQueryData(userQueryOptions(params.id ?? '')));
  return null;
}

function wasJustCreated(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'created' in state && state.created === true;
}

export function UserRoute() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const location = useLocation();
  const user = useLoadedUser(id);
  const me = useSignedInUser();
  const update = useUpdateUser();
  const isOwnAccount = me.id === user.id;
  return (
    <section aria-labelledby="page-heading">
      <p className="breadcrumb">
        <Link to="/users">{t('users.list.title')}</Link>
      </p>
      <PageHeader title={user.name} subtitle={user.email} />
      <div className="panels">
        {wasJustCreated(location.state) && (
          <p role="status" className="form-success">
            {t('users.new.done')}
          </p>
        )}
        <section className="panel" aria-labelledby="assignment-heading">
          <h2 id="assignment-heading">{t('users.assignment.title')}</h2>
          {update.isSuccess && (
            <p role="status" className="form-success">
              {t('users.assignment.done')}
            </p>
          )}
          <UserForm
            // A new form when the saved account changes, so it shows what was saved.
            key={user.role + user.organizationId + String(user.isSignatory) + user.locale}
            initial={draftOf(user)}
            isNew={false}
            isOwnAccount={isOwnAccount}
            check={(draft) => userUpdateInput.safeParse(assignmentChangesOf(draft, user))}
            onSubmit={(patch) => {
              if (Object.keys(patch).length > 0) update.mutate({ id, patch });
            }}
            submitting={update.isPending}
            error={update.error}
            submitLabel={t('common.saveChanges')}
          />
        </section>
        <div className="panel">
          <PasswordResetForm userId={user.id} />
        </div>
        <div className="panel">
          <AccountStatusSection user={user} isOwnAccount={isOwnAccount} />
        </div>
      </div>
    </section>
  );
}
