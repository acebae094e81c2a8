// "Download CSV" for one of the partnership's monitoring lists, with its column headers in the reader's language.
import { useTranslation } from 'react-i18next';
import { monitoringCsvHref } from '../api/monitoring-downloads';

interface CsvDownloadLinkProps {
  partnershipId: string;
  list: Parameters<typeof monitoringCsvHref>[1];
  /** What the file holds, e.g. "Indicators": the link's name says it beside "Download CSV". */
  what: string;
}

export function CsvDownloadLink({ partnershipId, list, what }: CsvDownloadLinkProps) {
  const { t } = useTranslation();
  return (
    <a href={monitoringCsvHref(partnershipId, list)} download className="button button-quiet button-small" aria-label={t('monitoringDownloads.csvOf', { what })}>
      {t('monitoringDownloads.csv')}
    </a>
  );
}
