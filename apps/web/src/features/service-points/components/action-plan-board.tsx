// The partnership's action plan (JAAP) as a board: a column per status (open, in progress, done, dropped), every
// item from the scorecard rounds of the partnership. Overdue items can be shown alone; the plan downloads as CSV.
// Shown in the partnership's "Action plan" tab, so it takes the partnership as that page has it.
import { ACTION_ITEM_STATUS_LABELS, ACTION_ITEM_STATUSES, canMoveActionItem, type ActionItemStatus } from '@daikou/domain';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../components/checkbox-field';
import { LoadError } from '../../../components/load-error';
import { PageLoading } from '../../../components/page-loading';
import { actorOf, useSignedInUser } from '../../../lib/current-user';
import { currentLanguage } from '../../../lib/i18n';
import { useBilingual } from '../../../lib/use-bilingual';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { useActionItems, type ActionPlanItem } from '../api/get-action-items';
import { useUpdateActionItem } from '../api/update-action-item';
import { mayRecordMonitoring, type MonitoredPartnership } from '../service-point-policy';
import { ActionCard } from './action-card';
import '../service-points.css';

export function ActionPlanBoard({ partnership }: { partnership: MonitoredPartnership }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const problemMessage = useProblemMessage();
  const user = useSignedInUser();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const items = useActionItems(partnership.id, { overdue: overdueOnly || undefined });
  const move = useUpdateActionItem();
  const [dragged, setDragged] = useState<ActionPlanItem | null>(null);
  const [dropTarget, setDropTarget] = useState<ActionItemStatus | null>(null);
  const works = mayRecordMonitoring(actorOf(user), partnership);
  const csvQuery = new URLSearchParams({ format: 'csv', lang: currentLanguage(), ...(overdueOnly ? { overdue: 'true' } : {}) });

  const accepts = (status: ActionItemStatus) =>
    dragged !== null && dragged.status !== status && canMoveActionItem(dragged.status as ActionItemStatus, status);

  function dragOver(event: DragEvent<HTMLElement>, status: ActionItemStatus) {
    if (!accepts(status)) return;
    event.preventDefault();
    setDropTarget(status);
  }

  function drop(event: DragEvent<HTMLElement>, status: ActionItemStatus) {
    event.preventDefault();
    if (dragged && accepts(status)) move.mutate({ item: dragged, input: { status } });
    setDragged(null);
    setDropTarget(null);
  }

  return (
    <section className="panel" aria-labelledby="action-plan-heading">
      <h2 id="action-plan-heading">{t('actionPlan.heading')}</h2>
      <p className="notice-text">{t('actionPlan.explained')}</p>
      <div className="board-tools">
        <CheckboxField name="overdue" label={t('actionPlan.overdueOnly')} checked={overdueOnly} onCheckedChange={setOverdueOnly} />
        <a className="button button-quiet" href={`/api/partnerships/${partnership.id}/action-items?${csvQuery}`} download>
          {t('actionPlan.download')}
        </a>
      </div>
      {move.error && (
        <p role="alert" className="form-alert">
          {problemMessage(move.error)}
        </p>
      )}
      {items.isError && <LoadError onRetry={() => void items.refetch()} />}
      {items.isPending && <PageLoading />}
      {items.data?.length === 0 && <p className="muted">{t(overdueOnly ? 'actionPlan.noneOverdue' : 'actionPlan.none')}</p>}
      {items.data && items.data.length > 0 && (
        <div className="board">
          {ACTION_ITEM_STATUSES.map((status) => {
            const inColumn = items.data.filter((item) => item.status === status);
            return (
              <section
                key={status}
                className={`board-column board-column-${status}`}
                aria-labelledby={`board-${status}`}
                data-drop-target={dropTarget === status}
                onDragOver={(event) => dragOver(event, status)}
                onDragLeave={() => setDropTarget(null)}
                onDrop={(event) => drop(event, status)}
              >
                <h3 id={`board-${status}`}>
                  {inLanguage(ACTION_ITEM_STATUS_LABELS[status])}
                  <span className="badge badge-muted">{inColumn.length}</span>
                </h3>
                {inColumn.length === 0 ? (
                  <p className="board-empty">{t('actionPlan.emptyColumn')}</p>
                ) : (
                  <ul className="board-cards">
                    {inColumn.map((item) => (
                      <ActionCard
                        key={item.id}
                        item={item}
                        works={works}
                        onDragStart={setDragged}
                        onDragEnd={() => {
                          setDragged(null);
                          setDropTarget(null);
                        }}
                      />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}
