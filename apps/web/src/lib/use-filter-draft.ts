// A filter form's state: what is typed (the draft) and what the list shows (the applied filters).
// Lists of choices apply at once; typed text waits for the form's submit, so each key does not search.
import { useState, type FormEvent } from 'react';
import type { UrlFilters } from './use-url-filters';

export function useFilterDraft<F extends UrlFilters>(filters: F, onApply: (filters: F) => void) {
  const [draft, setDraft] = useState(filters);
  // When the address changes (Back, a shared link, "Clear filters"), the form shows what the list shows.
  const [applied, setApplied] = useState(filters);
  if (applied !== filters) {
    setApplied(filters);
    setDraft(filters);
  }
  return {
    draft,
    /** Changes the draft only (typed text). */
    edit: (change: Partial<F>) => setDraft({ ...draft, ...change }),
    /** Changes the draft and applies it (a choice from a list). */
    apply: (change: Partial<F>) => {
      const next = { ...draft, ...change };
      setDraft(next);
      onApply(next);
    },
    // Every filter is optional, so "no filters" is the empty object.
    clear: () => {
      setDraft({} as F);
      onApply({} as F);
    },
    submit: (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      onApply(draft);
    },
  };
}
