// The proposal's parties, picked from the organisation registry. The proposer's own organisation is always
// one of them; the hint says what mix the API requires.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLookups } from '../../../components/lookups';

interface PartyListFieldProps {
  parties: readonly string[];
  ownOrganizationId: string;
  onChange: (parties: string[]) => void;
  /** The message for the whole list (too few, no state or no non-state organisation). */
  error?: string;
  errorAt: (path: string) => string | undefined;
}

export function PartyListField({ parties, ownOrganizationId, onChange, error, errorAt }: PartyListFieldProps) {
  const { t } = useTranslation();
  const { OrganizationName, OrganizationPicker } = useLookups();
  const [candidate, setCandidate] = useState('');
  const add = () => {
    if (candidate && !parties.includes(candidate)) onChange([...parties, candidate]);
    setCandidate('');
  };
  return (
    <fieldset name="parties" className="field party-list-field" aria-describedby="parties-hint">
      <legend>{t('partnerships.fields.parties')}</legend>
      <p id="parties-hint" className="field-hint">
        {t('partnerships.form.partiesHint')}
      </p>
      <ul className="entry-list">
        {parties.map((organizationId, index) => (
          <li key={organizationId} className="entry">
            <OrganizationName id={organizationId} />
            {organizationId === ownOrganizationId ? (
              <span className="badge badge-muted">{t('partnerships.form.yourOrganisation')}</span>
            ) : (
              <button
                type="button"
                className="button button-quiet button-small"
                onClick={() => onChange(parties.filter((party) => party !== organizationId))}
              >
                {t('partnerships.form.removeParty')}
              </button>
            )}
            {errorAt(`parties.${index}.organizationId`) && (
              <p className="field-error">{errorAt(`parties.${index}.organizationId`)}</p>
            )}
          </li>
        ))}
      </ul>
      {error && <p className="field-error">{error}</p>}
      <div className="entry-adder">
        <OrganizationPicker
          name="partyCandidate"
          label={t('partnerships.form.addPartyLabel')}
          value={candidate}
          onChange={setCandidate}
        />
        <button type="button" className="button button-quiet" disabled={!candidate || parties.includes(candidate)} onClick={add}>
          {t('partnerships.form.addParty')}
        </button>
      </div>
    </fieldset>
  );
}
