// The Amendments tab, while the partnership is active: a party's officer opens an amendment (saying why), writes
// its MoU version with the same editor, and everyone acts on it with the steps the server allows them.
import { AMENDMENT_ACTION_LABELS, canProposeAmendment, isOpenAmendment } from '@daikou/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../components/load-error';
import { PageLoading } from '../../../components/page-loading';
import { TextareaField } from '../../../components/textarea-field';
import { actorOf, useSignedInUser } from '../../../lib/current-user';
import { useBilingual } from '../../../lib/use-bilingual';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { useActOnAmendment } from '../api/act-on-amendment';
import { useCreateAmendmentVersion } from '../api/create-amendment-version';
import { useAmendments, type Amendment } from '../api/get-amendments';
import { useMouVersions, type MouVersion } from '../api/get-mou-versions';
import { useRefreshPartnership, type Partnership } from '../api/get-partnership';
import { useOpenAmendment } from '../api/open-amendment';
import { EndorsementState } from './endorsement-state';
import { MouEditor } from './mou-editor';
import { AmendmentStatusBadge } from './status-badge';
import { StepActions } from './step-actions';
import { AMENDMENT_STEP_INPUT } from './step-inputs';
import { useStepProblem } from './use-step-problem';

function OpenAmendmentForm({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const stepProblem = useStepProblem();
  const open = useOpenAmendment();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reason.trim() === '') return setMissing(true);
    setMissing(false);
    open.mutate({ id: partnershipId, reason: reason.trim() });
  }
  return (
    <form className="form panel" noValidate onSubmit={submit} aria-labelledby="open-amendment-heading">
      <h2 id="open-amendment-heading">{t('partnerships.amendments.open')}</h2>
      <p className="muted">{t('partnerships.amendments.openIntro')}</p>
      {open.error && (
        <p role="alert" className="form-alert">
          {stepProblem(open.error)}
        </p>
      )}
      <TextareaField
        name="reason"
        label={t('partnerships.amendments.reason')}
        rows={3}
        required
        value={reason}
        error={missing ? t('partnerships.actions.reasonRequired') : undefined}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={open.isPending}>
          {open.isPending ? t('common.saving') : t('partnerships.amendments.openSubmit')}
        </button>
      </div>
    </form>
  );
}

interface AmendmentCardProps {
  partnership: Partnership;
  amendment: Amendment;
  versions: readonly MouVersion[];
  writes: boolean;
}

function AmendmentCard({ partnership, amendment, versions, writes }: AmendmentCardProps) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const formatDateTime = useDateTimeFormat();
  const act = useActOnAmendment();
  const write = useCreateAmendmentVersion();
  const refresh = useRefreshPartnership(partnership.id);
  const versionOf = (number: number | null) => versions.find((version) => version.number === number);
  const starting = versionOf(amendment.currentVersion) ?? versionOf(amendment.baseVersion);
  return (
    <section className="panel" aria-labelledby={`amendment-${amendment.id}`}>
      <h2 id={`amendment-${amendment.id}`}>
        {t('partnerships.amendments.title', { date: formatDateTime(amendment.createdAt) })}{' '}
        <AmendmentStatusBadge status={amendment.status} />
      </h2>
      <dl className="details">
        <dt>{t('partnerships.amendments.reason')}</dt>
        <dd className="prose">{amendment.reason}</dd>
        <dt>{t('partnerships.amendments.baseVersion')}</dt>
        <dd>{t('partnerships.mou.versionNumber', { number: amendment.baseVersion })}</dd>
        <dt>{t('partnerships.amendments.proposedVersion')}</dt>
        <dd>
          {amendment.currentVersion === null ? (
            <span className="muted">{t('partnerships.amendments.noVersion')}</span>
          ) : (
            t('partnerships.mou.versionNumber', { number: amendment.currentVersion })
          )}
        </dd>
      </dl>
      <EndorsementState endorsement={amendment.endorsement} />
      <StepActions
        label={t('partnerships.actions.label')}
        actions={amendment.allowedActions}
        labelOf={(action) => inLanguage(AMENDMENT_ACTION_LABELS[action])}
        inputOf={(action) => AMENDMENT_STEP_INPUT[action] ?? 'optional_comment'}
        partnershipId={partnership.id}
        versionToSign={amendment.approvedVersion}
        pending={act.isPending}
        error={act.error}
        perform={(action, text, done) =>
          act.mutate({ id: partnership.id, amendmentId: amendment.id, action, ...text }, { onSuccess: done })
        }
        reset={act.reset}
        onReload={refresh}
      />
      {writes && amendment.status === 'drafting' && starting && (
        <>
          {write.isSuccess && (
            <p role="status" className="form-success">
              {t('partnerships.mou.saved', { number: write.data.number })}
            </p>
          )}
          <MouEditor
            key={amendment.currentVersion ?? 'base'}
            initial={starting.clauses}
            startingPoint={t('partnerships.mou.fromVersion', { number: starting.number })}
            saving={write.isPending}
            error={write.error}
            onSave={(input) => write.mutate({ id: partnership.id, amendmentId: amendment.id, input })}
          />
        </>
      )}
    </section>
  );
}

export function AmendmentsSection({ partnership, writes }: { partnership: Partnership; writes: boolean }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const amendments = useAmendments(partnership.id);
  const versions = useMouVersions(partnership.id);
  const problemMessage = useProblemMessage();
  if (amendments.isPending || versions.isPending) return <PageLoading />;
  if (amendments.isError) return <LoadError onRetry={() => void amendments.refetch()} />;
  if (versions.isError) return <p role="alert">{problemMessage(versions.error)}</p>;
  const anyOpen = amendments.data.some((amendment) => isOpenAmendment(amendment.status));
  const parties = { partyOrganizationIds: partnership.parties.map((party) => party.organizationId) };
  const mayOpen = canProposeAmendment(partnership.status, anyOpen, actorOf(user), parties).ok;
  return (
    <div className="panels">
      {mayOpen && <OpenAmendmentForm partnershipId={partnership.id} />}
      {amendments.data.length === 0 && !mayOpen && <p className="notice">{t('partnerships.amendments.none')}</p>}
      {amendments.data.toReversed().map((amendment) => (
        <AmendmentCard key={amendment.id} partnership={partnership} amendment={amendment} versions={versions.data} writes={writes} />
      ))}
    </div>
  );
}
