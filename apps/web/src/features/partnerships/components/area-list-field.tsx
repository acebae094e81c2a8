// Where the partnership works: one or more administrative areas, each chosen with the area picker.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminUnitPath } from '../../../components/admin-units/admin-unit-path';
import { AdminUnitPicker } from '../../../components/admin-units/admin-unit-picker';

interface AreaListFieldProps {
  codes: readonly string[];
  onChange: (codes: string[]) => void;
  error?: string;
}

export function AreaListField({ codes, onChange, error }: AreaListFieldProps) {
  const { t } = useTranslation();
  const [candidate, setCandidate] = useState('');
  const add = () => {
    if (candidate && !codes.includes(candidate)) onChange([...codes, candidate]);
    setCandidate('');
  };
  return (
    <fieldset name="adminUnitCodes" className="field">
      <legend>{t('partnerships.fields.area')}</legend>
      {codes.length > 0 && (
        <ul className="entry-list">
          {codes.map((code) => (
            <li key={code} className="entry">
              <AdminUnitPath code={code} />
              <button
                type="button"
                className="button button-quiet button-small"
                onClick={() => onChange(codes.filter((chosen) => chosen !== code))}
              >
                {t('partnerships.form.removeArea')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="field-error">{error}</p>}
      <div className="entry-adder">
        <AdminUnitPicker
          name="areaCandidate"
          legend={t('partnerships.form.addAreaLabel')}
          anyProvinceLabel={t('common.choose')}
          value={candidate}
          onChange={setCandidate}
        />
        <button type="button" className="button button-quiet" disabled={!candidate || codes.includes(candidate)} onClick={add}>
          {t('partnerships.form.addArea')}
        </button>
      </div>
    </fieldset>
  );
}
