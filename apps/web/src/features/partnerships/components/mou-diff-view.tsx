// What changed between two MoU versions, clause by clause, in both languages: added words underlined in green,
// removed words struck through in red. Unchanged clauses show their title only.
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../components/load-error';
import { PageLoading } from '../../../components/page-loading';
import { useMouDiff, type MouDiffRequest, type WordChange } from '../api/get-mou-diff';

function Words({ changes }: { changes: readonly WordChange[] }) {
  return (
    <>
      {changes.map((change, index) =>
        change.added ? (
          <ins key={index}>{change.value}</ins>
        ) : change.removed ? (
          <del key={index}>{change.value}</del>
        ) : (
          <span key={index}>{change.value}</span>
        ),
      )}
    </>
  );
}

export function MouDiffView({ request }: { request: MouDiffRequest }) {
  const { t } = useTranslation();
  const diff = useMouDiff(request);
  if (request.number === request.against) return <p className="muted">{t('partnerships.mou.sameVersion')}</p>;
  if (diff.isPending) return <PageLoading />;
  if (diff.isError) return <LoadError onRetry={() => void diff.refetch()} />;
  return (
    <ol className="mou-clauses mou-diff" aria-label={t('partnerships.mou.diffTitle', { from: diff.data.from, to: diff.data.to })}>
      {diff.data.clauses.map((clause) => (
        <li key={clause.key} className={`diff-clause diff-${clause.change}`}>
          <span className="badge badge-muted">{t(`partnerships.mou.change.${clause.change}`)}</span>
          <div className="bilingual">
            <div lang="km" className="bilingual-column">
              <h4>
                <Words changes={clause.titleKm} />
              </h4>
              {clause.change !== 'unchanged' && (
                <p className="prose">
                  <Words changes={clause.textKm} />
                </p>
              )}
            </div>
            <div lang="en" className="bilingual-column">
              <h4>
                <Words changes={clause.titleEn} />
              </h4>
              {clause.change !== 'unchanged' && (
                <p className="prose">
                  <Words changes={clause.textEn} />
                </p>
              )}
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
