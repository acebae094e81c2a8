// The commitments board: the state side's parties in one column, the non-state side's in the other, each
// party's commitments with their occurrences and evidence files; the parties' officers rate them, attach files and
// add new commitments.
import { RECURRENCE_LABELS, type Recurrence } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../components/load-error';
import { actorOf, useSignedInUser } from '../../../lib/current-user';
import { useBilingual } from '../../../lib/use-bilingual';
import { useCommitments, type Commitment } from '../api/get-commitments';
import type { Partnership } from '../api/get-partnership';
import { mayDoJointWork } from '../partnership-policy';
import { CommitmentEvidence } from './commitment-evidence';
import { CommitmentForm } from './commitment-form';
import { OccurrenceItem } from './occurrence-item';
import { PartyName } from './party-name';
import { SIDES } from './sides';

function CommitmentCard({ commitment, partnership, raterOrganizationId }: { commitment: Commitment; partnership: Partnership; raterOrganizationId: string | null }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  return (
    <article className="commitment-card" aria-label={commitment.title}>
      <h4>{commitment.title}</h4>
      <p className="muted">
        {inLanguage(RECURRENCE_LABELS[commitment.recurrence as Recurrence])}
        {commitment.clauseKey && <> · {t('partnerships.work.commitments.fromClause', { clause: commitment.clauseKey })}</>}
      </p>
      {commitment.description && <p className="prose">{commitment.description}</p>}
      <ol className="plain-list occurrences">
        {commitment.occurrences.map((occurrence) => (
          <OccurrenceItem
            key={occurrence.dueDate}
            commitment={commitment}
            occurrence={occurrence}
            parties={partnership.parties}
            raterOrganizationId={raterOrganizationId}
          />
        ))}
      </ol>
      <CommitmentEvidence commitment={commitment} mayAttach={raterOrganizationId !== null} />
    </article>
  );
}

export function CommitmentsSection({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const commitments = useCommitments(partnership.id);
  const works = mayDoJointWork(actorOf(user), partnership);
  const raterOrganizationId = works ? user.organizationId : null;
  return (
    <div className="work-sections">
      {commitments.isError && <LoadError onRetry={() => void commitments.refetch()} />}
      <div className="sides">
        {SIDES.map((side) => (
          <section key={side} className="panel side" aria-labelledby={`commitments-${side}`}>
            <h2 id={`commitments-${side}`}>{t(`partnerships.work.sides.${side}`)}</h2>
            {partnership.parties
              .filter((party) => party.kind === side)
              .map((party) => {
                const owned = (commitments.data ?? []).filter((commitment) => commitment.ownerOrganizationId === party.organizationId);
                return (
                  <section key={party.organizationId} className="party-commitments">
                    <h3>
                      <PartyName party={party} />
                    </h3>
                    {commitments.data && owned.length === 0 && <p className="muted">{t('partnerships.work.commitments.none')}</p>}
                    {owned.map((commitment) => (
                      <CommitmentCard key={commitment.id} commitment={commitment} partnership={partnership} raterOrganizationId={raterOrganizationId} />
                    ))}
                  </section>
                );
              })}
          </section>
        ))}
      </div>
      {works && <CommitmentForm partnership={partnership} />}
    </div>
  );
}
