// What the proposal says: parties (✓ once they signed), area, sectors, function, form, dates, goals,
// each party's contributions and the risks with who carries them.
import { CONTRIBUTION_KIND_LABELS, CONTRIBUTION_KINDS, FORM_LABELS, FUNCTION_LABELS, SHARED_RISK } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { AdminUnitPath } from '../../../components/admin-units/admin-unit-path';
import { SectorChips } from '../../../components/sector-chips';
import { useBilingual } from '../../../lib/use-bilingual';
import { oneOf } from '../../../lib/use-url-filters';
import type { Partnership } from '../api/get-partnership';
import { PartyName } from './party-name';
import { PeriodText } from './period-text';

export function PartnershipFacts({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const none = <span className="muted">{t('common.none')}</span>;
  const partyOf = (organizationId: string) => partnership.parties.find((party) => party.organizationId === organizationId);
  const nameOf = (organizationId: string) => {
    const party = partyOf(organizationId);
    return party ? <PartyName party={party} /> : organizationId;
  };
  const showsSignatures = partnership.approvedMouVersion !== null || partnership.signedMouVersion !== null;
  return (
    <dl className="details">
      <dt>{t('partnerships.fields.parties')}</dt>
      <dd>
        <ul className="party-list">
          {partnership.parties.map((party) => (
            <li key={party.organizationId}>
              <PartyName party={party} />
              {showsSignatures &&
                (party.signed ? (
                  <span className="badge badge-positive">✓ {t('partnerships.parties.signed')}</span>
                ) : (
                  <span className="badge badge-muted">{t('partnerships.parties.notSigned')}</span>
                ))}
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t('partnerships.fields.area')}</dt>
      <dd>
        <ul className="plain-list">
          {partnership.adminUnitCodes.map((code) => (
            <li key={code}>
              <AdminUnitPath code={code} />
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t('partnerships.fields.sectors')}</dt>
      <dd>
        <SectorChips sectors={partnership.sectors} label={t('partnerships.fields.sectors')} />
      </dd>
      <dt>{t('partnerships.fields.function')}</dt>
      <dd>{inLanguage(FUNCTION_LABELS[partnership.function])}</dd>
      <dt>{t('partnerships.fields.form')}</dt>
      <dd>{inLanguage(FORM_LABELS[partnership.form])}</dd>
      <dt>{t('partnerships.fields.period')}</dt>
      <dd>
        <PeriodText startDate={partnership.startDate} endDate={partnership.endDate} />
      </dd>
      <dt>{t('partnerships.fields.goals')}</dt>
      <dd className="prose">{partnership.goals}</dd>
      <dt>{t('partnerships.fields.contributions')}</dt>
      <dd>
        {partnership.contributions.length === 0
          ? none
          : (
            <ul className="plain-list">
              {partnership.contributions.map((contribution, index) => {
                const kind = oneOf(CONTRIBUTION_KINDS, contribution.kind);
                return (
                  <li key={index}>
                    {nameOf(contribution.organizationId)}: {kind ? inLanguage(CONTRIBUTION_KIND_LABELS[kind]) : contribution.kind}
                    {' — '}
                    {contribution.description}
                    {contribution.amount !== null && (
                      <span className="amount">
                        {' '}
                        ({contribution.amount.toLocaleString('en-GB')} {contribution.currency})
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
      </dd>
      <dt>{t('partnerships.fields.risks')}</dt>
      <dd>
        {partnership.risks.length === 0
          ? none
          : (
            <ul className="plain-list">
              {partnership.risks.map((risk, index) => (
                <li key={index}>
                  {risk.description}{' '}
                  <span className="muted">
                    ({t('partnerships.fields.carriedBy')}:{' '}
                    {risk.carriedBy === SHARED_RISK ? t('partnerships.form.sharedRisk') : nameOf(risk.carriedBy)})
                  </span>
                </li>
              ))}
            </ul>
          )}
      </dd>
    </dl>
  );
}
