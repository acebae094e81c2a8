// One party's record as bars (kept, partly kept, not kept, disputed, overdue), all parties on the same scale.
import { useTranslation } from 'react-i18next';
import type { PartyRecord } from '../api/get-accountability';
import { RECORD_COUNTS } from './record-counts';

const barHeight = 18;
const gap = 6;
const width = 240;

export function AccountabilityChart({ record, scale }: { record: PartyRecord; scale: number }) {
  const { t } = useTranslation();
  const height = RECORD_COUNTS.length * (barHeight + gap);
  return (
    <svg className="record-chart" viewBox={`0 0 ${width + 30} ${height}`} role="img" aria-label={t('partnerships.work.accountability.chart')}>
      {RECORD_COUNTS.map((count, index) => {
        const value = record[count];
        const y = index * (barHeight + gap);
        const barWidth = scale === 0 ? 0 : (value / scale) * width;
        return (
          <g key={count}>
            <rect className={`record-bar record-bar-${count}`} x={0} y={y} width={Math.max(barWidth, value > 0 ? 2 : 0)} height={barHeight} rx={3} />
            <text x={barWidth + 4} y={y + barHeight - 4} className="record-bar-value">
              {value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
