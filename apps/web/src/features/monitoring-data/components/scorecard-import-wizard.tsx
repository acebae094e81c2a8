// Importing scorecard rounds collected offline (a KoboToolbox/ODK CSV export) into a partnership, in three steps:
// choose the file; see its columns and first rows and match them to the fields (filled from the mapping saved
// for the partnership, or from the columns' names); check and start. The import then runs as a job whose
// progress the caller shows (onStarted).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScorecardImportWizardProps } from '../../../components/lookups';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api-error';
import { usePathErrors } from '../../../lib/use-path-errors';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { usePreviewScorecardImport, type ImportPreview } from '../api/preview-scorecard-import';
import { useStartScorecardImport } from '../api/start-scorecard-import';
import '../monitoring-data.css';
import { ImportMappingSummary } from './import-mapping-summary';
import { ImportPreviewTable } from './import-preview-table';
import { ImportSteps, type ImportStep } from './import-steps';
import { checkMapping, mappingDraftOf, type MappingDraft, type ScorecardMapping } from './scorecard-mapping-draft';
import { ScorecardMappingFields } from './scorecard-mapping-fields';

const defaultMappingName = 'KoboToolbox';

interface Matching {
  preview: ImportPreview;
  draft: MappingDraft;
  mappingName: string;
}

export function ScorecardImportWizard({ partnershipId, onStarted, onCancel }: ScorecardImportWizardProps) {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  const preview = usePreviewScorecardImport();
  const start = useStartScorecardImport();
  const [step, setStep] = useState<ImportStep>('file');
  const [file, setFile] = useState<File | null>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const [matching, setMatching] = useState<Matching | null>(null);
  const [mapping, setMapping] = useState<ScorecardMapping | null>(null);
  const { errorAt, accept } = usePathErrors(start.error ?? preview.error);

  function readFile(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setFileMissing(true);
      return;
    }
    preview.mutate(
      { partnershipId, file },
      {
        onSuccess: (read) => {
          const saved = read.savedMapping ?? undefined;
          setMatching({ preview: read, draft: mappingDraftOf(read.columns, saved?.mapping), mappingName: saved?.name ?? defaultMappingName });
          setStep('map');
        },
      },
    );
  }

  function checkMatching(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = accept(checkMapping(matching!.draft), event.currentTarget);
    if (!checked) return;
    setMapping(checked);
    start.reset();
    setStep('start');
  }

  function startImport() {
    start.mutate(
      { partnershipId, file: file!, mapping: mapping!, mappingName: matching!.mappingName.trim() },
      {
        onSuccess: (started) => onStarted(started.importId),
        // The server's objections to the mapping are shown beside its fields.
        onError: (error) => {
          if (error instanceof ApiError && error.fieldErrors.some((field) => field.path.includes('mapping'))) setStep('map');
        },
      },
    );
  }

  const cancel = (
    <button type="button" className="button button-quiet" onClick={onCancel}>
      {t('common.cancel')}
    </button>
  );

  return (
    <section className="panel import-wizard" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('imports.wizard.title')}</h2>
      <ImportSteps current={step} />
      {step === 'file' && (
        <form className="form" noValidate onSubmit={readFile}>
          <p>{t('imports.file.intro')}</p>
          {preview.error && (
            <p role="alert" className="form-alert">
              {problemMessage(preview.error)}
            </p>
          )}
          <TextField
            name="file"
            type="file"
            accept=".csv,text/csv"
            label={t('imports.file.label')}
            hint={t('imports.file.hint')}
            error={fileMissing ? t('imports.file.missing') : errorAt('file')}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setFileMissing(false);
              preview.reset();
            }}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={preview.isPending}>
              {preview.isPending ? t('imports.file.reading') : t('imports.file.next')}
            </button>
            {cancel}
          </div>
        </form>
      )}
      {step === 'map' && matching && (
        <form className="form" noValidate onSubmit={checkMatching}>
          <h3>{t('imports.preview.heading', { file: file!.name })}</h3>
          <p>{t('imports.preview.intro', { columns: matching.preview.columns.length, rows: matching.preview.sampleRows.length })}</p>
          <ImportPreviewTable preview={matching.preview} />
          <p className="notice-text">
            {matching.preview.savedMapping ? t('imports.mapping.fromSaved', { name: matching.preview.savedMapping.name }) : t('imports.mapping.guessed')}
          </p>
          <ScorecardMappingFields
            columns={matching.preview.columns}
            draft={matching.draft}
            errorAt={errorAt}
            onChange={(draft) => setMatching({ ...matching, draft })}
          />
          <TextField
            name="mappingName"
            label={t('imports.mapping.saveAs')}
            hint={t('imports.mapping.saveAsHint')}
            value={matching.mappingName}
            error={errorAt('mappingName')}
            onChange={(event) => setMatching({ ...matching, mappingName: event.target.value })}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              {t('imports.mapping.next')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                // A file input cannot be shown filled in again: the file is chosen anew.
                setFile(null);
                setStep('file');
              }}
            >
              {t('imports.wizard.back')}
            </button>
            {cancel}
          </div>
        </form>
      )}
      {step === 'start' && mapping && (
        <div className="form">
          <p>{t('imports.start.intro')}</p>
          <ImportMappingSummary fileName={file!.name} mapping={mapping} mappingName={matching!.mappingName.trim()} />
          <p className="notice-text">{t('imports.start.rule')}</p>
          {start.error && (
            <p role="alert" className="form-alert">
              {problemMessage(start.error)}
            </p>
          )}
          <div className="form-actions">
            <button type="button" className="button button-primary" disabled={start.isPending} onClick={startImport}>
              {start.isPending ? t('imports.start.starting') : t('imports.start.action')}
            </button>
            <button type="button" className="button" onClick={() => setStep('map')}>
              {t('imports.wizard.back')}
            </button>
            {cancel}
          </div>
        </div>
      )}
    </section>
  );
}
