// The risks the partnership runs, and who carries each: one party, or all of them together.
import { SHARED_RISK } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { useLookups } from '../../../components/lookups';
import { RadioGroup } from '../../../components/radio-group';
import { TextareaField } from '../../../components/textarea-field';
import type { RiskDraft } from './partnership-draft';

interface RiskRowsProps {
  risks: readonly RiskDraft[];
  parties: readonly string[];
  onChange: (risks: RiskDraft[]) => void;
  errorAt: (path: string) => string | undefined;
}

export function RiskRows({ risks, parties, onChange, errorAt }: RiskRowsProps) {
  const { t } = useTranslation();
  const { OrganizationName } = useLookups();
  const change = (index: number, patch: Partial<RiskDraft>) =>
    onChange(risks.map((risk, i) => (i === index ? { ...risk, ...patch } : risk)));
  const carriers = [
    ...parties.map((id) => ({ value: id, label: <OrganizationName id={id} /> })),
    { value: SHARED_RISK, label: t('partnerships.form.sharedRisk') },
  ];
  return (
    <>
      {risks.map((risk, index) => {
        const path = `risks.${index}`;
        return (
          <fieldset key={index} className="entry-card">
            <legend>{t('partnerships.form.riskNumber', { number: index + 1 })}</legend>
            <TextareaField
              name={`${path}.description`}
              label={t('partnerships.fields.description')}
              rows={2}
              value={risk.description}
              error={errorAt(`${path}.description`)}
              onChange={(event) => change(index, { description: event.target.value })}
            />
            <RadioGroup
              name={`${path}.carriedBy`}
              legend={t('partnerships.fields.carriedBy')}
              options={carriers}
              value={risk.carriedBy}
              error={errorAt(`${path}.carriedBy`)}
              onValueChange={(carriedBy) => change(index, { carriedBy })}
            />
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => onChange(risks.filter((_, i) => i !== index))}
            >
              {t('partnerships.form.removeRisk')}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button-quiet"
        onClick={() => onChange([...risks, { description: '', carriedBy: '' }])}
      >
        {t('partnerships.form.addRisk')}
      </button>
    </>
  );
}
