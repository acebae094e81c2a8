// Finds an indicator of the shared library while the name is typed (either language) and hands the one chosen
// to the partnership's indicator form (through the app's lookups: features do not import each other).
import { FREQUENCY_LABELS } from '@daikou/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../components/load-error';
import type { IndicatorLibraryPickerProps } from '../../../components/lookups';
import { TextField } from '../../../components/text-field';
import { useBilingual } from '../../../lib/use-bilingual';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useIndicatorLibrarySearch, type LibraryIndicator } from '../api/get-indicator-library';
import '../monitoring-data.css';
import { useLibraryIndicatorNames } from './library-indicator-names';

const shown = 8;

function Choice({ indicator, onPick }: { indicator: LibraryIndicator; onPick: () => void }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const { primary, secondary } = useLibraryIndicatorNames(indicator);
  return (
    <li>
      <button type="button" className="library-choice" onClick={onPick}>
        <strong lang={primary.lang}>{primary.text}</strong>
        <span className="muted" lang={secondary.lang}>
          {secondary.text}
        </span>
        <span className="muted">
          {indicator.unit} · {inLanguage(FREQUENCY_LABELS[indicator.frequency])}
        </span>
        <span className="library-choice-action">{t('indicatorLibrary.picker.use')}</span>
      </button>
    </li>
  );
}

export function LibraryIndicatorPicker({ onPick }: IndicatorLibraryPickerProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const search = useIndicatorLibrarySearch(useDebouncedValue(q.trim(), 300));
  const found = search.data?.items ?? [];
  return (
    <div className="library-picker">
      <TextField name="librarySearch" type="search" label={t('indicatorLibrary.picker.search')} hint={t('indicatorLibrary.picker.hint')} value={q} onChange={(event) => setQ(event.target.value)} />
      {search.isError && <LoadError onRetry={() => void search.refetch()} />}
      {search.isSuccess && found.length === 0 && <p className="muted">{t('indicatorLibrary.picker.none')}</p>}
      {found.length > 0 && (
        <ul className="plain-list library-choices" aria-label={t('indicatorLibrary.picker.results')}>
          {found.slice(0, shown).map((indicator) => (
            <Choice key={indicator.id} indicator={indicator} onPick={() => onPick(indicator)} />
          ))}
        </ul>
      )}
    </div>
  );
}
