// Chooses one service point: a search box narrows the list by name (Khmer or Latin), the list holds the first
// matches and always the service point already chosen.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useServicePoint } from '../api/get-service-point';
import { useServicePoints, type ServicePoint } from '../api/get-service-points';
import { bilingualNames } from './bilingual-name';

interface ServicePointPickerProps {
  label: string;
  name: string;
  /** The chosen service point's id, or '' for none. */
  value: string;
  onChange: (servicePointId: string) => void;
  /** The text for "none chosen", e.g. "All service points" in a filter. */
  emptyLabel: string;
}

export function ServicePointPicker({ label, name, value, onChange, emptyLabel }: ServicePointPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 250) || undefined;
  const matches = useServicePoints({ q });
  const chosen = useServicePoint(value);
  const found = matches.data?.items ?? [];
  const options: ServicePoint[] = chosen.data && !found.some((point) => point.id === value) ? [chosen.data, ...found] : found;
  const language = currentLanguage();
  return (
    <fieldset name={name} className="field organization-picker">
      <legend>{label}</legend>
      <div className="organization-picker-controls">
        <input
          type="search"
          aria-label={t('servicePoints.picker.search')}
          placeholder={t('servicePoints.picker.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <select aria-label={label} value={value} aria-describedby={matches.data?.nextCursor ? `${id}-more` : undefined} onChange={(event) => onChange(event.target.value)}>
          <option value="">{matches.isPending ? t('common.loading') : emptyLabel}</option>
          {options.map((point) => {
            const { primary } = bilingualNames(point, language);
            return (
              <option key={point.id} value={point.id} lang={primary.lang}>
                {primary.text}
              </option>
            );
          })}
        </select>
      </div>
      {matches.data?.nextCursor && (
        <p id={`${id}-more`} className="field-hint">
          {t('servicePoints.picker.narrow')}
        </p>
      )}
      {matches.isError && <p className="field-error">{t('servicePoints.picker.loadFailed')}</p>}
    </fieldset>
  );
}
