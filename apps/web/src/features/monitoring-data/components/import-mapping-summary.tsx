// What is about to be imported: the file, and which of its columns fills each field of a scorecard round.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_FIELDS, type ScorecardMapping } from './scorecard-mapping-draft';

interface ImportMappingSummaryProps {
  fileName: string;
  mapping: ScorecardMapping;
  mappingName: string;
}

export function ImportMappingSummary({ fileName, mapping, mappingName }: ImportMappingSummaryProps) {
  const { t } = useTranslation();
  return (
    <dl className="details">
      <dt>{t('imports.file.label')}</dt>
      <dd>{fileName}</dd>
      <dt>{t('imports.mapping.servicePointId')}</dt>
      <dd>{mapping.servicePointId}</dd>
      <dt>{t('imports.mapping.date')}</dt>
      <dd>{mapping.date}</dd>
      {PARTICIPANT_FIELDS.map((field) =>
        mapping.participants[field] ? (
          <Fragment key={field}>
            <dt>{t(`imports.mapping.participant.${field}`)}</dt>
            <dd>{mapping.participants[field]}</dd>
          </Fragment>
        ) : null,
      )}
      {mapping.criteria.map((criterion) => (
        <Fragment key={criterion.name}>
          <dt>{criterion.name}</dt>
          <dd>{t('imports.start.criterionColumns', { citizen: criterion.citizenScoreColumn, provider: criterion.providerScoreColumn })}</dd>
        </Fragment>
      ))}
      <dt>{t('imports.mapping.saveAs')}</dt>
      <dd>{mappingName || t('imports.start.notSaved')}</dd>
    </dl>
  );
}
