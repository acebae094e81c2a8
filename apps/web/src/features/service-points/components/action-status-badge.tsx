// An action item's status as a coloured label (service-points.css), with "Overdue" beside it when it is.
import { ACTION_ITEM_STATUS_LABELS, type ActionItemStatus } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../../lib/use-bilingual';

export function ActionStatusBadge({ status, overdue }: { status: ActionItemStatus; overdue: boolean }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  return (
    <>
      <span className={`badge action-status-${status}`}>{inLanguage(ACTION_ITEM_STATUS_LABELS[status])}</span>
      {overdue && <span className="badge overdue-badge">{t('actionPlan.overdue')}</span>}
    </>
  );
}
