// One occurrence of a commitment: its standing (a disputed one stands out), every party's rating with its
// comment, and the rating button for the caller's organisation while it has not rated it.
import { OCCURRENCE_STANDING_LABELS, RATING_LABELS } from '@daikou/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../../lib/use-bilingual';
import { useDateFormat } from '../../../lib/use-date-time-format';
import type { Commitment, Occurrence } from '../api/get-commitments';
import type { Partnership } from '../api/get-partnership';
import { PartyById } from './party-by-id';
import { RatingDialog } from './rating-dialog';

interface OccurrenceItemProps {
  commitment: Commitment;
  occurrence: Occurrence;
  parties: Partnership['parties'];
  /** The caller's organisation when it may rate here, else null. */
  raterOrganizationId: string | null;
}

export function OccurrenceItem({ commitment, occurrence, parties, raterOrganizationId }: OccurrenceItemProps) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const formatDate = useDateFormat();
  const [rating, setRating] = useState(false);
  const mayRate =
    raterOrganizationId !== null && !occurrence.ratings.some((given) => given.organizationId === raterOrganizationId);
  return (
    <li className={`occurrence occurrence-${occurrence.status}`}>
      <p className="occurrence-head">
        <time dateTime={occurrence.dueDate}>{formatDate(occurrence.dueDate)}</time>{' '}
        <span className={`badge standing standing-${occurrence.status}`}>{inLanguage(OCCURRENCE_STANDING_LABELS[occurrence.status])}</span>
        {occurrence.agreedRating && <> · {inLanguage(RATING_LABELS[occurrence.agreedRating])}</>}
      </p>
      {occurrence.status === 'disputed' && <p className="occurrence-note">{t('partnerships.work.commitments.disputedNote')}</p>}
      <ul className="plain-list party-ratings">
        {parties.map((party) => {
          const given = occurrence.ratings.find((candidate) => candidate.organizationId === party.organizationId);
          return (
            <li key={party.organizationId}>
              <PartyById parties={parties} id={party.organizationId} />:{' '}
              {given ? (
                <>
                  <strong className={`rating rating-${given.rating}`}>{inLanguage(RATING_LABELS[given.rating])}</strong>
                  {given.comment && <q className="rating-comment">{given.comment}</q>}
                </>
              ) : (
                <span className="muted">{t('partnerships.work.commitments.notRated')}</span>
              )}
            </li>
          );
        })}
      </ul>
      {mayRate && (
        <>
          <button type="button" className="button button-quiet button-small" onClick={() => setRating(true)}>
            {t('partnerships.work.rating.open')}
          </button>
          <RatingDialog commitment={commitment} occurrence={occurrence} open={rating} onClose={() => setRating(false)} />
        </>
      )}
    </li>
  );
}
