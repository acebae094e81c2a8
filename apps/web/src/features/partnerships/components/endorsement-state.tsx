// Which parent administrations must endorse this stage of the review before the reviewer decides, and which have.
import { useTranslation } from 'react-i18next';
import { useLookups } from '../../../components/lookups';

interface EndorsementStateProps {
  endorsement: { requiredFrom: readonly string[]; givenBy: readonly string[] };
}

export function EndorsementState({ endorsement }: EndorsementStateProps) {
  const { t } = useTranslation();
  const { OrganizationName } = useLookups();
  if (endorsement.requiredFrom.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="endorsement-heading">
      <h2 id="endorsement-heading">{t('partnerships.endorsement.title')}</h2>
      <p className="muted">{t('partnerships.endorsement.intro')}</p>
      <ul className="plain-list">
        {endorsement.requiredFrom.map((organizationId) => (
          <li key={organizationId}>
            <OrganizationName id={organizationId} />{' '}
            {endorsement.givenBy.includes(organizationId) ? (
              <span className="badge badge-positive">✓ {t('partnerships.endorsement.given')}</span>
            ) : (
              <span className="badge badge-muted">{t('partnerships.endorsement.waiting')}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
