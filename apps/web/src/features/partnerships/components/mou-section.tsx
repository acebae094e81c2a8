// The MoU tab: while the MoU is drafted, the parties' officers write a version (from the template, or from the
// latest version); everyone sees the versions, their differences and the signatures.
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../components/load-error';
import { PageLoading } from '../../../components/page-loading';
import { actorOf, useSignedInUser } from '../../../lib/current-user';
import { useCreateMouVersion } from '../api/create-mou-version';
import type { Partnership } from '../api/get-partnership';
import { useMouTemplate } from '../api/get-mou-template';
import { useMouVersions } from '../api/get-mou-versions';
import { mayWriteMou } from '../partnership-policy';
import { MouEditor } from './mou-editor';
import { MouVersions } from './mou-versions';
import { SignatureList } from './signature-list';

export function MouSection({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const writes = mayWriteMou(actorOf(user), partnership);
  const versions = useMouVersions(partnership.id);
  const latest = versions.data?.filter((version) => version.amendmentId === null).at(-1);
  const template = useMouTemplate(partnership.id, writes && versions.isSuccess && latest === undefined);
  const create = useCreateMouVersion();
  if (versions.isPending) return <PageLoading />;
  if (versions.isError) return <LoadError onRetry={() => void versions.refetch()} />;
  const startingClauses = latest?.clauses ?? template.data?.clauses;
  const highlighted =
    partnership.signedMouVersion?.number ?? partnership.approvedMouVersion?.number ?? partnership.currentMouVersion?.number ?? null;
  return (
    <div className="panels">
      {writes && create.isSuccess && (
        <p role="status" className="form-success">
          {t('partnerships.mou.saved', { number: create.data.number })}
        </p>
      )}
      {writes &&
        (startingClauses ? (
          <section className="panel">
            <MouEditor
              // After saving, the editor starts again from the version just written.
              key={latest?.number ?? 'template'}
              initial={startingClauses}
              startingPoint={
                latest ? t('partnerships.mou.fromVersion', { number: latest.number }) : t('partnerships.mou.fromTemplate')
              }
              saving={create.isPending}
              error={create.error}
              onSave={(input) => create.mutate({ id: partnership.id, input })}
            />
          </section>
        ) : template.isError ? (
          <LoadError onRetry={() => void template.refetch()} />
        ) : (
          <PageLoading />
        ))}
      {versions.data.length === 0 ? (
        !writes && <p className="notice">{t('partnerships.mou.none')}</p>
      ) : (
        <MouVersions
          // A new version is shown and compared with the one before it.
          key={versions.data.length}
          partnershipId={partnership.id}
          versions={versions.data}
          highlighted={highlighted}
        />
      )}
      <SignatureList partnership={partnership} />
    </div>
  );
}
