// The files attached as evidence to a commitment's occurrences (fetched when the reader opens them), and for the
// parties' officers while the partnership is active, a form to attach one to an occurrence.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../components/load-error';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api-error';
import { todayInCambodia } from '../../../lib/cambodia-date';
import { usePathErrors } from '../../../lib/use-path-errors';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { useDateFormat } from '../../../lib/use-date-time-format';
import { useAttachEvidence } from '../api/attach-evidence';
import type { Commitment } from '../api/get-commitments';
import { evidenceHref, useEvidence } from '../api/get-evidence';

/** The types the API accepts (it checks the content too). */
const ACCEPTED = '.pdf,.jpg,.jpeg,.png,.webp,.csv,.txt,.docx,.xlsx';

function useFileSize(): (bytes: number) => string {
  const { i18n } = useTranslation();
  return (bytes) => {
    const [value, unit] = bytes < 1024 ? [bytes, 'byte'] : bytes < 1024 * 1024 ? [bytes / 1024, 'kilobyte'] : [bytes / (1024 * 1024), 'megabyte'];
    return new Intl.NumberFormat(i18n.language, { style: 'unit', unit, maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
  };
}

function AttachForm({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const problemMessage = useProblemMessage();
  const attach = useAttachEvidence();
  const { errorAt } = usePathErrors(attach.error);
  // At first the occurrence most likely meant: the last one already due, else the first.
  const [period, setPeriod] = useState(() => {
    const today = todayInCambodia();
    const due = commitment.occurrences.filter((occurrence) => occurrence.dueDate <= today);
    return (due.at(-1) ?? commitment.occurrences[0])?.dueDate ?? '';
  });
  const [file, setFile] = useState<File | null>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const [formKey, setFormKey] = useState(0);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setFileMissing(true);
      return;
    }
    attach.mutate(
      { commitment, period, file },
      {
        // A file input cannot be emptied by React: the form is drawn anew for the next file.
        onSuccess: () => {
          setFile(null);
          setFormKey((key) => key + 1);
        },
      },
    );
  }

  const tooLarge = attach.error instanceof ApiError && attach.error.status === 413;
  const fieldError = fileMissing ? t('partnerships.work.evidence.fileMissing') : tooLarge ? t('partnerships.work.evidence.tooLarge') : errorAt('file');
  return (
    <form key={formKey} className="form evidence-form" noValidate onSubmit={submit} aria-label={t('partnerships.work.evidence.attachTitle')}>
      {attach.error && !tooLarge && !errorAt('file') && !errorAt('period') && (
        <p role="alert" className="form-alert">
          {problemMessage(attach.error)}
        </p>
      )}
      <SelectField
        name="period"
        label={t('partnerships.work.evidence.period')}
        options={commitment.occurrences.map((occurrence) => ({ value: occurrence.dueDate, label: formatDate(occurrence.dueDate) }))}
        value={period}
        error={errorAt('period')}
        onValueChange={setPeriod}
      />
      <TextField
        name="file"
        type="file"
        accept={ACCEPTED}
        label={t('partnerships.work.evidence.file')}
        hint={t('partnerships.work.evidence.fileHint')}
        error={fieldError}
        onChange={(event) => {
          setFile(event.target.files?.[0] ?? null);
          setFileMissing(false);
          attach.reset();
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" disabled={attach.isPending}>
          {attach.isPending ? t('partnerships.work.evidence.attaching') : t('partnerships.work.evidence.attach')}
        </button>
      </div>
    </form>
  );
}

function EvidenceFiles({ commitment, mayAttach }: { commitment: Commitment; mayAttach: boolean }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const fileSize = useFileSize();
  const evidence = useEvidence(commitment);
  return (
    <>
      {evidence.isPending && <p className="muted">{t('common.loading')}</p>}
      {evidence.isError && <LoadError onRetry={() => void evidence.refetch()} />}
      {evidence.data?.length === 0 && <p className="muted">{t('partnerships.work.evidence.none')}</p>}
      {evidence.data && evidence.data.length > 0 && (
        <ul className="plain-list evidence-files">
          {evidence.data.map((file) => (
            <li key={file.id}>
              <time dateTime={file.period}>{formatDate(file.period)}</time> ·{' '}
              <a href={evidenceHref(file)} download={file.name}>
                {file.name}
              </a>{' '}
              <span className="muted">({fileSize(file.size)})</span>
            </li>
          ))}
        </ul>
      )}
      {mayAttach && <AttachForm commitment={commitment} />}
    </>
  );
}

export function CommitmentEvidence({ commitment, mayAttach }: { commitment: Commitment; mayAttach: boolean }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <details className="commitment-evidence" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>{t('partnerships.work.evidence.summary')}</summary>
      {opened && <EvidenceFiles commitment={commitment} mayAttach={mayAttach} />}
    </details>
  );
}
