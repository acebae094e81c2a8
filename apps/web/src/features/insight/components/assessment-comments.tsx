// What each party wrote with its assessments (of one period, or all): its overall comment and its comments per
// attribute, under the organisation and period. Only the assessments the caller may see come back from the API.
import { QUALITY_ATTRIBUTES } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../components/load-error';
import { useAssessments } from '../api/get-assessments';
import { usePeriodLabel } from './use-period-label';

export function AssessmentComments({ partnershipId, period }: { partnershipId: string; period: string | undefined }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const assessments = useAssessments(partnershipId);
  if (assessments.isError) return <LoadError onRetry={() => void assessments.refetch()} />;
  const commented = (assessments.data ?? [])
    .filter((assessment) => period === undefined || assessment.period === period)
    .map((assessment) => ({
      assessment,
      remarks: QUALITY_ATTRIBUTES.flatMap((attribute) => {
        const comment = assessment.comments[attribute];
        return comment ? [{ attribute, comment }] : [];
      }),
    }))
    .filter(({ assessment, remarks }) => assessment.comment || remarks.length > 0);
  if (commented.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="assessment-comments-heading">
      <h2 id="assessment-comments-heading">{t('quality.commentsTitle')}</h2>
      <ul className="plain-list insight-comments">
        {commented.map(({ assessment, remarks }) => (
          <li key={assessment.id}>
            <h3>
              {assessment.organizationName} · {periodLabel(assessment.period)}
            </h3>
            {assessment.comment && <p className="prose">{assessment.comment}</p>}
            {remarks.length > 0 && (
              <dl className="insight-remarks">
                {remarks.map(({ attribute, comment }) => (
                  <div key={attribute}>
                    <dt>{t(`quality.attributes.${attribute}.name`)}</dt>
                    <dd className="prose">{comment}</dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
