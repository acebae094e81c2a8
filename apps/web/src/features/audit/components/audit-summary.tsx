// What an audit entry recorded: for a change, each field as "before → after"; otherwise each field's value.
import { useTranslation } from 'react-i18next';
import { AuditSummaryValue } from './audit-summary-value';
import { AUDIT_SUMMARY_FIELDS, labelKeyOf } from './audit-vocabulary';

// These actions record `{field: [before, after]}` (apps/api: changesOf); the others record plain values.
const changeActions = new Set(['organization.update', 'user.update', 'user.deactivate']);

export function AuditSummary({ action, summary }: { action: string; summary: Record<string, unknown> }) {
  const { t } = useTranslation();
  const fields = Object.entries(summary);
  if (fields.length === 0) return null;
  return (
    <dl className="audit-summary">
      {fields.map(([field, value]) => {
        const labelKey = labelKeyOf(AUDIT_SUMMARY_FIELDS, field);
        return (
          <div key={field}>
            <dt>{labelKey ? t(labelKey) : field}</dt>
            <dd>
              {changeActions.has(action) && Array.isArray(value) && value.length === 2 ? (
                <>
                  <AuditSummaryValue field={field} value={value[0]} />
                  <span className="change-arrow" role="img" aria-label={t('audit.changedTo')}>
                    {' → '}
                  </span>
                  <AuditSummaryValue field={field} value={value[1]} />
                </>
              ) : (
                <AuditSummaryValue field={field} value={value} />
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
