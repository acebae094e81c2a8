// The accountability record: the state side's parties and the non-state side's side by side, each with its
// counts, a chart on a common scale and its score, under the score rule (SCORE_RULE) that made it.
import { SCORE_RULE } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../components/load-error';
import { PageLoading } from '../../../components/page-loading';
import { useBilingual } from '../../../lib/use-bilingual';
import { useAccountability, type PartyRecord } from '../api/get-accountability';
import type { Partnership } from '../api/get-partnership';
import { AccountabilityChart } from './accountability-chart';
import { PartyById } from './party-by-id';
import { RECORD_COUNTS } from './record-counts';
import { SIDES } from './sides';

function RecordCard({ record, parties, scale }: { record: PartyRecord; parties: Partnership['parties']; scale: number }) {
  const { t } = useTranslation();
  return (
    <section className="party-record">
      <h3>
        <PartyById parties={parties} id={record.organizationId} />
      </h3>
      <p className="record-score">
        {t('partnerships.work.accountability.score')}:{' '}
        <strong>{record.score === null ? t('partnerships.work.accountability.noScore') : `${record.score}`}</strong>
      </p>
      <div className="record-body">
        <dl className="record-counts">
          {RECORD_COUNTS.map((count) => (
            <div key={count} className={`record-count record-count-${count}`}>
              <dt>{t(`partnerships.work.accountability.${count}`)}</dt>
              <dd>{record[count]}</dd>
            </div>
          ))}
        </dl>
        <AccountabilityChart record={record} scale={scale} />
      </div>
    </section>
  );
}

export function AccountabilitySection({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const records = useAccountability(partnership.id);
  if (records.isError) return <LoadError onRetry={() => void records.refetch()} />;
  if (!records.data) return <PageLoading />;
  const scale = Math.max(0, ...records.data.flatMap((record) => RECORD_COUNTS.map((count) => record[count])));
  return (
    <div className="work-sections">
      <div className="sides">
        {SIDES.map((side) => (
          <section key={side} className="panel side" aria-labelledby={`record-${side}`}>
            <h2 id={`record-${side}`}>{t(`partnerships.work.sides.${side}`)}</h2>
            {records.data
              .filter((record) => record.kind === side)
              .map((record) => (
                <RecordCard key={record.organizationId} record={record} parties={partnership.parties} scale={scale} />
              ))}
          </section>
        ))}
      </div>
      <section className="panel" aria-labelledby="score-rule-heading">
        <h2 id="score-rule-heading">{t('partnerships.work.accountability.rule')}</h2>
        <p className="prose">{inLanguage(SCORE_RULE)}</p>
      </section>
    </div>
  );
}
