// A report's status as a coloured label (styles.css): draft, submitted, validated or sent back.
import { REPORT_STATUS_LABELS, type ReportStatus } from '@daikou/domain';
import { useBilingual } from '../../../lib/use-bilingual';

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const inLanguage = useBilingual();
  return <span className={`badge status report-status-${status}`}>{inLanguage(REPORT_STATUS_LABELS[status])}</span>;
}
