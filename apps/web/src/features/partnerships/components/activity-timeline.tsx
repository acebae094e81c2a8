// The workplan as bars across the months of the partnership, one row per activity, coloured by its status.
import { ACTIVITY_STATUS_LABELS, type ActivityStatus } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import { useBilingual } from '../../../lib/use-bilingual';
import type { Activity } from '../api/get-activities';

const khmerMonths = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'];
const englishMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const dayOf = (isoDate: string) => Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000;

/** The first day of each month from `start`'s month to `end`'s, YYYY-MM-01. */
function monthsBetween(start: string, end: string): string[] {
  const months: string[] = [];
  let [year, month] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  while (`${year}-${String(month).padStart(2, '0')}` <= end.slice(0, 7)) {
    months.push(`${year}-${String(month).padStart(2, '0')}-01`);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

export function ActivityTimeline({ activities, startDate, endDate }: { activities: readonly Activity[]; startDate: string; endDate: string }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const from = [startDate, ...activities.map((activity) => activity.startDate)].sort()[0] ?? startDate;
  const to = [endDate, ...activities.map((activity) => activity.endDate)].sort().at(-1) ?? endDate;
  const months = monthsBetween(from, to);
  const first = dayOf(months[0] ?? from);
  const span = dayOf(to) + 1 - first;
  const percent = (day: number) => `${((day - first) / span) * 100}%`;
  const monthNames = currentLanguage() === 'km' ? khmerMonths : englishMonths;
  // About a dozen labels fit the track: over a longer period, label every second or third month.
  const labelEvery = Math.ceil(months.length / 12);
  return (
    <figure className="activity-timeline" aria-label={t('partnerships.work.workplan.timeline')}>
      <div className="timeline-row timeline-months" aria-hidden="true">
        <span />
        <div className="timeline-track">
          {months
            .filter((_, index) => index % labelEvery === 0)
            .map((month) => (
              <span key={month} className="timeline-month" style={{ left: percent(dayOf(month)) }}>
                {monthNames[Number(month.slice(5, 7)) - 1]}
                {(month.slice(5, 7) === '01' || month === months[0]) && ` ${month.slice(0, 4)}`}
              </span>
            ))}
        </div>
      </div>
      {activities.map((activity) => {
        const status = activity.status as ActivityStatus;
        return (
          <div key={activity.id} className="timeline-row">
            <span className="timeline-label">{activity.title}</span>
            <div className="timeline-track">
              <span
                className={`timeline-bar activity-status-${status}`}
                style={{ left: percent(dayOf(activity.startDate)), width: `${((dayOf(activity.endDate) + 1 - dayOf(activity.startDate)) / span) * 100}%` }}
                title={`${activity.title} · ${inLanguage(ACTIVITY_STATUS_LABELS[status])}`}
              />
            </div>
          </div>
        );
      })}
      <figcaption className="timeline-legend">
        {Object.entries(ACTIVITY_STATUS_LABELS).map(([status, label]) => (
          <span key={status}>
            <span className={`legend-swatch activity-status-${status}`} aria-hidden="true" /> {inLanguage(label)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
