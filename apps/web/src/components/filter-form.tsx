// A list's filter form: an optional search box (applied on Search), the filters, and "Clear filters" once any
// filter is applied. Without a search box, the Search button stands beside "Clear filters".
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from './text-field';

interface FilterFormProps {
  label: string;
  search?: { label: string; hint?: string; value: string; onChange: (text: string) => void };
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Shown while some filter is applied. */
  clear?: { label: string; onClear: () => void };
  children: ReactNode;
}

export function FilterForm({ label, search, onSubmit, clear, children }: FilterFormProps) {
  const { t } = useTranslation();
  const searchButton = (
    <button type="submit" className="button button-primary">
      {t('common.search')}
    </button>
  );
  return (
    <form role="search" className="filters" aria-label={label} onSubmit={onSubmit}>
      {search && (
        <div className="filters-search">
          <TextField
            name="q"
            type="search"
            label={search.label}
            hint={search.hint}
            value={search.value}
            onChange={(event) => search.onChange(event.target.value)}
          />
          {searchButton}
        </div>
      )}
      {children}
      {(!search || clear) && (
        <div className="form-actions">
          {!search && searchButton}
          {clear && (
            <button type="button" className="button button-quiet" onClick={clear.onClear}>
              {clear.label}
            </button>
          )}
        </div>
      )}
    </form>
  );
}
