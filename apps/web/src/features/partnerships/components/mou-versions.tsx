// The MoU versions written so far (number, when, short hash), the clauses of the one chosen, and the changes
// between any two of them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { SelectField } from '../../../components/select-field';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import type { MouVersion } from '../api/get-mou-versions';
import { MouClauses } from './mou-clauses';
import { MouDiffView } from './mou-diff-view';
import { shortHash } from './short-hash';

interface MouVersionsProps {
  partnershipId: string;
  versions: readonly MouVersion[];
  /** The version that stands out: signed, approved or the latest. */
  highlighted: number | null;
}

export function MouVersions({ partnershipId, versions, highlighted }: MouVersionsProps) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const latest = versions.at(-1)?.number ?? 0;
  const [shown, setShown] = useState(highlighted ?? latest);
  const [from, setFrom] = useState(versions.at(-2)?.number ?? latest);
  const [to, setTo] = useState(latest);
  const columns = {
    number: t('partnerships.mou.version'),
    at: t('partnerships.mou.written'),
    hash: t('partnerships.mou.textHash'),
    show: t('partnerships.mou.read'),
  };
  const versionOptions = versions.map((version) => ({
    value: String(version.number),
    label: t('partnerships.mou.versionNumber', { number: version.number }),
  }));
  const shownVersion = versions.find((version) => version.number === shown);
  return (
    <>
      <section className="panel" aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t('partnerships.mou.versions')}</h2>
        <DataTable columns={Object.values(columns)}>
          {versions.map((version) => (
            <tr key={version.number} aria-current={version.number === shown ? 'true' : undefined}>
              <th scope="row">
                {t('partnerships.mou.versionNumber', { number: version.number })}
                {version.amendmentId && <span className="cell-detail">{t('partnerships.amendments.ofAmendment')}</span>}
              </th>
              <td data-label={columns.at}>
                <time dateTime={version.createdAt}>{formatDateTime(version.createdAt)}</time>
              </td>
              <td data-label={columns.hash}>
                <span className="code" title={version.textHash}>
                  {shortHash(version.textHash)}
                </span>
              </td>
              <td data-label={columns.show}>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  aria-pressed={version.number === shown}
                  onClick={() => setShown(version.number)}
                >
                  {t('partnerships.mou.readVersion', { number: version.number })}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
      {shownVersion && (
        <section className="panel" aria-labelledby="version-text-heading">
          <h2 id="version-text-heading">{t('partnerships.mou.versionNumber', { number: shownVersion.number })}</h2>
          <p className="muted">
            {t('partnerships.mou.textHash')}: <span className="code hash">{shownVersion.textHash}</span>
          </p>
          <MouClauses clauses={shownVersion.clauses} />
        </section>
      )}
      {versions.length > 1 && (
        <section className="panel" aria-labelledby="diff-heading">
          <h2 id="diff-heading">{t('partnerships.mou.compare')}</h2>
          <div className="filters-grid">
            <SelectField
              name="diffFrom"
              label={t('partnerships.mou.compareFrom')}
              options={versionOptions}
              value={String(from)}
              onValueChange={(value) => setFrom(Number(value))}
            />
            <SelectField
              name="diffTo"
              label={t('partnerships.mou.compareTo')}
              options={versionOptions}
              value={String(to)}
              onValueChange={(value) => setTo(Number(value))}
            />
          </div>
          <MouDiffView request={{ id: partnershipId, number: to, against: from }} />
        </section>
      )}
    </>
  );
}
