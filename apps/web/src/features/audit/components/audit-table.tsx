// The audit entries, newest first: when, who, what, on what, what changed, and the request it came from.
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { useLookups } from '../../../components/lookups';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import type { AuditEntry } from '../api/get-audit-entries';
import { AuditEntity } from './audit-entity';
import { AuditSummary } from './audit-summary';
import { AUDIT_ACTIONS, labelKeyOf } from './audit-vocabulary';

export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  const { UserName } = useLookups();
  const formatDateTime = useDateTimeFormat('medium');
  const columns = {
    at: t('audit.columns.at'),
    actor: t('audit.columns.actor'),
    action: t('audit.columns.action'),
    entity: t('audit.columns.entity'),
    summary: t('audit.columns.summary'),
    request: t('audit.columns.request'),
  };
  return (
    <DataTable columns={Object.values(columns)}>
      {entries.map((entry) => {
        const actionKey = labelKeyOf(AUDIT_ACTIONS, entry.action);
        return (
          <tr key={entry.seq}>
            <td data-label={columns.at}>
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            </td>
            <td data-label={columns.actor}>
              {entry.actorId ? <UserName id={entry.actorId} /> : <span className="muted">{t('audit.system')}</span>}
            </td>
            <td data-label={columns.action}>
              {actionKey ? t(actionKey) : entry.action}
              <span className="cell-detail code">{entry.action}</span>
            </td>
            <td data-label={columns.entity}>
              <AuditEntity type={entry.entityType} id={entry.entityId} />
            </td>
            <td data-label={columns.summary}>
              <AuditSummary action={entry.action} summary={entry.summary} />
            </td>
            <td data-label={columns.request}>
              {entry.requestId ? (
                <span className="code">{entry.requestId}</span>
              ) : (
                <span className="muted">{t('common.none')}</span>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
