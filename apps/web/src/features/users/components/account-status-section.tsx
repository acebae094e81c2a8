// Deactivates an account (the person is signed out everywhere at once) or lets them sign in again; asks first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useProblemMessage } from '../../../lib/use-problem-message';
import type { AdminUser } from '../api/get-users';
import { useUpdateUser } from '../api/update-user';
import { AccountStatusBadge } from './account-status-badge';

export function AccountStatusSection({ user, isOwnAccount }: { user: AdminUser; isOwnAccount: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const problemMessage = useProblemMessage();
  const [confirming, setConfirming] = useState(false);
  const change = user.active ? 'deactivate' : 'reactivate';

  const confirm = () => {
    setConfirming(false);
    update.mutate({ id: user.id, patch: { active: !user.active } });
  };

  return (
    <section className="form" aria-labelledby="status-heading">
      <h2 id="status-heading">{t('users.status.title')}</h2>
      <p>
        <AccountStatusBadge active={user.active} />
      </p>
      {update.error && (
        <p role="alert" className="form-alert">
          {problemMessage(update.error)}
        </p>
      )}
      {isOwnAccount ? (
        <p className="muted">{t('users.status.ownAccount')}</p>
      ) : (
        <>
          <p className="muted">{t(`users.status.${change}.explanation`)}</p>
          <div className="form-actions">
            <button
              type="button"
              className={user.active ? 'button button-danger' : 'button button-quiet'}
              disabled={update.isPending}
              onClick={() => setConfirming(true)}
            >
              {t(`users.status.${change}.action`)}
            </button>
          </div>
          <ConfirmDialog
            open={confirming}
            title={t(`users.status.${change}.confirmTitle`, { name: user.name })}
            body={t(`users.status.${change}.explanation`)}
            confirmLabel={t(`users.status.${change}.action`)}
            onConfirm={confirm}
            onCancel={() => setConfirming(false)}
          />
        </>
      )}
    </section>
  );
}
