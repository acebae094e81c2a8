// A partnership's or an amendment's status as a coloured label: each status has its own colour (styles.css).
import { AMENDMENT_STATUS_LABELS, STATUS_LABELS, type AmendmentStatus, type PartnershipStatus } from '@daikou/domain';
import { useBilingual } from '../../../lib/use-bilingual';

export function StatusBadge({ status }: { status: PartnershipStatus }) {
  const inLanguage = useBilingual();
  return <span className={`badge status status-${status}`}>{inLanguage(STATUS_LABELS[status])}</span>;
}

export function AmendmentStatusBadge({ status }: { status: AmendmentStatus }) {
  const inLanguage = useBilingual();
  return <span className={`badge status amendment-status-${status}`}>{inLanguage(AMENDMENT_STATUS_LABELS[status])}</span>;
}
