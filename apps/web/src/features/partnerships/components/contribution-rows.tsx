// What each party brings: who, what kind, a description and, for money or goods, an amount and its currency.
import { useTranslation } from 'react-i18next';
import { useLookups } from '../../../components/lookups';
import { RadioGroup } from '../../../components/radio-group';
import { SelectField } from '../../../components/select-field';
import { TextareaField } from '../../../components/textarea-field';
import { TextField } from '../../../components/text-field';
import type { ContributionDraft } from './partnership-draft';
import { usePartnershipOptions } from './partnership-options';

interface ContributionRowsProps {
  contributions: readonly ContributionDraft[];
  parties: readonly string[];
  onChange: (contributions: ContributionDraft[]) => void;
  errorAt: (path: string) => string | undefined;
}

const blank: ContributionDraft = { organizationId: '', kind: '', description: '', amount: '', currency: '' };

export function ContributionRows({ contributions, parties, onChange, errorAt }: ContributionRowsProps) {
  const { t } = useTranslation();
  const { OrganizationName } = useLookups();
  const options = usePartnershipOptions();
  const change = (index: number, patch: Partial<ContributionDraft>) =>
    onChange(contributions.map((contribution, i) => (i === index ? { ...contribution, ...patch } : contribution)));
  const partyOptions = parties.map((id) => ({ value: id, label: <OrganizationName id={id} /> }));
  return (
    <>
      {contributions.map((contribution, index) => {
        const path = `contributions.${index}`;
        return (
          <fieldset key={index} className="entry-card">
            <legend>{t('partnerships.form.contributionNumber', { number: index + 1 })}</legend>
            <RadioGroup
              name={`${path}.organizationId`}
              legend={t('partnerships.fields.contributedBy')}
              options={partyOptions}
              value={contribution.organizationId}
              error={errorAt(`${path}.organizationId`)}
              onValueChange={(organizationId) => change(index, { organizationId })}
            />
            <SelectField
              name={`${path}.kind`}
              label={t('partnerships.fields.contributionKind')}
              emptyLabel={t('common.choose')}
              options={options.contributionKinds}
              value={contribution.kind}
              error={errorAt(`${path}.kind`)}
              onValueChange={(kind) => change(index, { kind })}
            />
            <TextareaField
              name={`${path}.description`}
              label={t('partnerships.fields.description')}
              rows={2}
              value={contribution.description}
              error={errorAt(`${path}.description`)}
              onChange={(event) => change(index, { description: event.target.value })}
            />
            <div className="amount-fields">
              <TextField
                name={`${path}.amount`}
                label={t('partnerships.fields.amount')}
                inputMode="decimal"
                value={contribution.amount}
                error={errorAt(`${path}.amount`)}
                onChange={(event) => change(index, { amount: event.target.value })}
              />
              <TextField
                name={`${path}.currency`}
                label={t('partnerships.fields.currency')}
                hint={t('partnerships.form.currencyHint')}
                maxLength={3}
                value={contribution.currency}
                error={errorAt(`${path}.currency`)}
                onChange={(event) => change(index, { currency: event.target.value })}
              />
            </div>
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => onChange(contributions.filter((_, i) => i !== index))}
            >
              {t('partnerships.form.removeContribution')}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button button-quiet" onClick={() => onChange([...contributions, blank])}>
        {t('partnerships.form.addContribution')}
      </button>
    </>
  );
}
