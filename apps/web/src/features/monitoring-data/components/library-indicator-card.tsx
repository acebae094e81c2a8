// One indicator of the library: its names, what it measures and its description; for the administrators who
// keep the library, Edit and Archive (or Restore, once archived).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useProblemMessage } from '../../../lib/use-problem-message';
import type { LibraryIndicator } from '../api/get-indicator-library';
import { useUpdateLibraryIndicator } from '../api/update-library-indicator';
import { LibraryIndicatorFacts } from './library-indicator-facts';
import { useLibraryIndicatorNames } from './library-indicator-names';

export function LibraryIndicatorCard({ indicator, keeps }: { indicator: LibraryIndicator; keeps: boolean }) {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  const { primary, secondary } = useLibraryIndicatorNames(indicator);
  const update = useUpdateLibraryIndicator();
  const [confirming, setConfirming] = useState(false);
  const archive = (archived: boolean) => update.mutate({ id: indicator.id, patch: { archived } }, { onSettled: () => setConfirming(false) });
  return (
    <article className={indicator.archived ? 'entry-card library-indicator library-indicator-archived' : 'entry-card library-indicator'} aria-label={primary.text}>
      <header>
        <h2 lang={primary.lang}>
          {primary.text} {indicator.archived && <span className="badge badge-muted">{t('indicatorLibrary.card.archived')}</span>}
        </h2>
        <p className="muted" lang={secondary.lang}>
          {secondary.text}
        </p>
      </header>
      <LibraryIndicatorFacts indicator={indicator} />
      {indicator.description && <p className="prose">{indicator.description}</p>}
      {update.error && (
        <p role="alert" className="form-alert">
          {problemMessage(update.error)}
        </p>
      )}
      {keeps && (
        <div className="button-row">
          <Link to={`/indicator-library/${indicator.id}/edit`} className="button button-quiet button-small">
            {t('indicatorLibrary.card.edit')}
          </Link>
          {indicator.archived ? (
            <button type="button" className="button button-quiet button-small" disabled={update.isPending} onClick={() => archive(false)}>
              {t('indicatorLibrary.card.restore')}
            </button>
          ) : (
            <button type="button" className="button button-quiet button-small" disabled={update.isPending} onClick={() => setConfirming(true)}>
              {t('indicatorLibrary.card.archive')}
            </button>
          )}
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('indicatorLibrary.archive.title', { name: primary.text })}
        body={t('indicatorLibrary.archive.body')}
        confirmLabel={t('indicatorLibrary.card.archive')}
        onConfirm={() => archive(true)}
        onCancel={() => setConfirming(false)}
      />
    </article>
  );
}
