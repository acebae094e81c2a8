// Signing: shows exactly which MoU version is signed — its number, its full text hash and its clauses — and
// asks the signatory to confirm they have read that version before the Sign button works.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../../components/modal-dialog';
import { PageLoading } from '../../../components/page-loading';
import { LoadError } from '../../../components/load-error';
import { currentLanguage } from '../../../lib/i18n';
import { useMouVersion } from '../api/get-mou-version';
import { shortHash } from './short-hash';
import { StepProblem } from './step-problem';

interface SignDialogProps {
  open: boolean;
  partnershipId: string;
  versionNumber: number;
  pending: boolean;
  error: Error | null;
  onSign: () => void;
  onCancel: () => void;
  onReload: () => void;
}

export function SignDialog({ open, partnershipId, versionNumber, pending, error, onSign, onCancel, onReload }: SignDialogProps) {
  const { t } = useTranslation();
  const version = useMouVersion(partnershipId, open ? versionNumber : undefined);
  const [read, setRead] = useState(false);
  const summaryId = useId();
  const inKhmer = currentLanguage() === 'km';
  const close = () => {
    setRead(false);
    onCancel();
  };
  return (
    <ModalDialog open={open} title={t('partnerships.sign.title', { number: versionNumber })} onClose={close} describedBy={summaryId} className="sign-dialog">
      <p id={summaryId}>{t('partnerships.sign.intro', { number: versionNumber })}</p>
      {version.isPending && <PageLoading />}
      {version.isError && <LoadError onRetry={() => void version.refetch()} />}
      {version.data && (
        <>
          <dl className="details">
            <dt>{t('partnerships.mou.version')}</dt>
            <dd>{version.data.number}</dd>
            <dt>{t('partnerships.mou.textHash')}</dt>
            <dd className="code hash" data-testid="signed-hash">
              {version.data.textHash}
            </dd>
          </dl>
          <h3>{t('partnerships.sign.clauses')}</h3>
          <ol className="clause-titles">
            {version.data.clauses.map((clause) => (
              <li key={clause.key} lang={inKhmer && clause.titleKm ? 'km' : 'en'}>
                {inKhmer && clause.titleKm ? clause.titleKm : clause.titleEn}
              </li>
            ))}
          </ol>
          <label className="checkbox-option sign-confirm">
            <input type="checkbox" checked={read} onChange={(event) => setRead(event.target.checked)} />
            <span>{t('partnerships.sign.confirm', { number: version.data.number, hash: shortHash(version.data.textHash) })}</span>
          </label>
        </>
      )}
      {error && <StepProblem error={error} onReload={onReload} />}
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={!read || pending || !version.data} onClick={onSign}>
          {pending ? t('partnerships.sign.signing') : t('partnerships.sign.submit')}
        </button>
        <button type="button" className="button button-quiet" onClick={close}>
          {t('common.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
