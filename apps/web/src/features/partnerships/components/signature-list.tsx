// Who signed the MoU for each party: the version, the exact hash they signed, when, and by whom.
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import type { Partnership } from '../api/get-partnership';
import { useSignatures } from '../api/get-signatures';
import { ActorName } from './actor-name';
import { PartyName } from './party-name';

export function SignatureList({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const signatures = useSignatures(partnership.id);
  if (!signatures.data || signatures.data.length === 0) return null;
  const columns = {
    party: t('partnerships.signatures.party'),
    version: t('partnerships.mou.version'),
    hash: t('partnerships.mou.textHash'),
    signer: t('partnerships.signatures.signer'),
    at: t('partnerships.signatures.at'),
  };
  return (
    <section className="panel" aria-labelledby="signatures-heading">
      <h2 id="signatures-heading">{t('partnerships.signatures.title')}</h2>
      <DataTable columns={Object.values(columns)}>
        {signatures.data.map((signature) => {
          const party = partnership.parties.find((p) => p.organizationId === signature.organizationId);
          return (
            <tr key={`${signature.organizationId}-${signature.versionNumber}`}>
              <th scope="row">{party ? <PartyName party={party} /> : signature.organizationId}</th>
              <td data-label={columns.version}>{signature.versionNumber}</td>
              <td data-label={columns.hash}>
                <span className="code hash">{signature.textHash}</span>
              </td>
              <td data-label={columns.signer}>
                <ActorName id={signature.userId} name={signature.signerName} />
              </td>
              <td data-label={columns.at}>
                <time dateTime={signature.signedAt}>{formatDateTime(signature.signedAt)}</time>
              </td>
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}
