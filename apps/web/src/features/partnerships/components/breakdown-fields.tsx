// A value's breakdown per category, one group per disaggregation the indicator declares, each with the sum of
// its categories against the total (categories left empty were not counted, so a smaller sum is allowed).
import { DISAGGREGATION_CATEGORIES, DISAGGREGATION_CATEGORY_LABELS, DISAGGREGATION_LABELS, type Bilingual, type Disaggregation } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/text-field';
import { useBilingual } from '../../../lib/use-bilingual';
import { categorySum, type BreakdownDraft } from './value-breakdown';

interface BreakdownFieldsProps {
  disaggregations: readonly Disaggregation[];
  /** The value's place in the form, e.g. "values.0"; each input is named "values.0.disaggregation.sex.female". */
  path: string;
  total: number | undefined;
  breakdown: BreakdownDraft;
  errorAt: (path: string) => string | undefined;
  onChange: (breakdown: BreakdownDraft) => void;
}

function SumLine({ sum, total }: { sum: number | null; total: number | undefined }) {
  const { t } = useTranslation();
  const known = total !== undefined && !Number.isNaN(total);
  const differs = sum !== null && known && sum !== total;
  let text = t('disaggregation.noneCounted');
  if (sum !== null) text = !known ? t('disaggregation.sum', { sum }) : differs ? t('disaggregation.sumDiffers', { sum, total }) : t('disaggregation.sumMatches', { sum });
  return (
    <p className={differs ? 'breakdown-sum breakdown-sum-differs' : 'breakdown-sum'} aria-live="polite">
      {text}
    </p>
  );
}

export function BreakdownFields({ disaggregations, path, total, breakdown, errorAt, onChange }: BreakdownFieldsProps) {
  const inLanguage = useBilingual();
  return disaggregations.map((disaggregation) => {
    const categories = breakdown[disaggregation];
    const sum = categorySum(categories);
    const labels: Readonly<Record<string, Bilingual>> = DISAGGREGATION_CATEGORY_LABELS[disaggregation];
    const groupPath = `${path}.disaggregation.${disaggregation}`;
    return (
      <fieldset key={disaggregation} className="breakdown">
        <legend>{inLanguage(DISAGGREGATION_LABELS[disaggregation])}</legend>
        {errorAt(groupPath) && <p className="field-error">{errorAt(groupPath)}</p>}
        <div className="breakdown-categories">
          {DISAGGREGATION_CATEGORIES[disaggregation].map((category) => (
            <TextField
              key={category}
              name={`${groupPath}.${category}`}
              type="number"
              step="any"
              inputMode="decimal"
              label={inLanguage(labels[category]!)}
              value={categories?.[category] ?? ''}
              error={errorAt(`${groupPath}.${category}`)}
              onChange={(event) => onChange({ ...breakdown, [disaggregation]: { ...categories, [category]: event.target.value } })}
            />
          ))}
        </div>
        <SumLine sum={sum} total={total} />
      </fieldset>
    );
  });
}
