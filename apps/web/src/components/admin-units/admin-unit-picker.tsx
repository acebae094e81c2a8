// Chooses an area: province, then district, then commune, each list fed by the one above. The value is the
// deepest code chosen ('' for none); the gazetteer's attribution stands under the lists, as its licence asks.
import { ADMIN_UNIT_LEVEL_LABELS } from '@daikou/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from '../../lib/i18n';
import { useBilingual } from '../../lib/use-bilingual';
import { useAdminUnits, type AdminUnit } from './api/get-admin-units';
import { adminUnitName } from './admin-unit-name';

interface AdminUnitPickerProps {
  legend: string;
  /** Names the fieldset, so a form can focus the picker when it is invalid. */
  name: string;
  value: string;
  onChange: (code: string) => void;
  /** The province list's empty choice: "All of Cambodia" in a filter, "Choose…" in a form. */
  anyProvinceLabel: string;
  /** Offer the provinces only (e.g. a filter by province). */
  provinceOnly?: boolean;
  error?: string;
}

interface LevelSelectProps {
  label: string;
  value: string;
  units: readonly AdminUnit[] | undefined;
  loading: boolean;
  disabled?: boolean;
  invalid?: boolean;
  emptyLabel: string;
  language: Language;
  describedBy?: string;
  onChange: (code: string) => void;
}

// One collator per language, kept: building one costs a slow phone tens of milliseconds, and the pickers redraw often.
const collators = new Map<Language, Intl.Collator>();

function collatorFor(language: Language): Intl.Collator {
  let collator = collators.get(language);
  if (collator === undefined) {
    collator = new Intl.Collator(language);
    collators.set(language, collator);
  }
  return collator;
}

function LevelSelect(props: LevelSelectProps) {
  const { label, value, units, loading, disabled, invalid, emptyLabel, language, describedBy, onChange } = props;
  const id = useId();
  const { t } = useTranslation();
  const collator = collatorFor(language);
  const sorted = (units ?? []).toSorted((a, b) =>
    collator.compare(adminUnitName(a, language), adminUnitName(b, language)),
  );
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{loading ? t('common.loading') : emptyLabel}</option>
        {sorted.map((unit) => (
          <option key={unit.code} value={unit.code} lang={language}>
            {adminUnitName(unit, language)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function AdminUnitPicker(props: AdminUnitPickerProps) {
  const { legend, name, value, onChange, anyProvinceLabel, provinceOnly = false, error } = props;
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const language = currentLanguage();
  const errorId = useId();
  const codeOf = (digits: number) => (value.length >= digits ? value.slice(0, digits) : '');
  const [province, district, commune] = [codeOf(2), codeOf(4), codeOf(6)];

  const provinces = useAdminUnits({ level: 'province' });
  const districts = useAdminUnits({ parent: province }, !provinceOnly && province !== '');
  const communes = useAdminUnits({ parent: district }, district !== '');
  const failed = provinces.isError || districts.isError || communes.isError;
  const describedBy = error || failed ? errorId : undefined;

  return (
    <fieldset name={name} className="field admin-unit-picker">
      <legend>{legend}</legend>
      <div className="admin-unit-picker-levels">
        <LevelSelect
          label={inLanguage(ADMIN_UNIT_LEVEL_LABELS.province)}
          value={province}
          units={provinces.data?.items}
          loading={provinces.isPending}
          // An area is missing or unknown: choosing starts at the province.
          invalid={error !== undefined}
          emptyLabel={anyProvinceLabel}
          language={language}
          describedBy={describedBy}
          onChange={onChange}
        />
        {!provinceOnly && (
          <>
            <LevelSelect
              label={inLanguage(ADMIN_UNIT_LEVEL_LABELS.district)}
              value={district}
              units={districts.data?.items}
              loading={province !== '' && districts.isPending}
              disabled={province === ''}
              emptyLabel={t('adminUnits.wholeProvince')}
              language={language}
              describedBy={describedBy}
              onChange={(code) => onChange(code || province)}
            />
            <LevelSelect
              label={inLanguage(ADMIN_UNIT_LEVEL_LABELS.commune)}
              value={commune}
              units={communes.data?.items}
              loading={district !== '' && communes.isPending}
              disabled={district === ''}
              emptyLabel={t('adminUnits.wholeDistrict')}
              language={language}
              describedBy={describedBy}
              onChange={(code) => onChange(code || district)}
            />
          </>
        )}
      </div>
      {(error || failed) && (
        <p id={errorId} className="field-error">
          {error ?? t('adminUnits.loadFailed')}
        </p>
      )}
      {provinces.data && (
        <p className="attribution" lang="en">
          {provinces.data.attribution}
        </p>
      )}
    </fieldset>
  );
}
