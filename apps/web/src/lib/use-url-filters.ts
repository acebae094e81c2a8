// List filters kept in the address: a filtered list can be shared, bookmarked and left with Back.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type UrlFilters = Readonly<Record<string, string | undefined>>;

/** `parse` reads the filters from the address (dropping values it does not know); it must be a stable function. */
export function useUrlFilters<F extends UrlFilters>(parse: (params: URLSearchParams) => F): [F, (next: F) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parse(params), [params, parse]);
  const setFilters = (next: F) => {
    const written = new URLSearchParams();
    for (const [name, value] of Object.entries(next)) if (value) written.set(name, value);
    setParams(written);
  };
  return [filters, setFilters];
}

export function hasFilters(filters: UrlFilters): boolean {
  return Object.values(filters).some(Boolean);
}

/** `value` if it is one of `allowed`: an edited address cannot send the API a value it would refuse. */
export function oneOf<const T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** Trimmed text of at most `max` characters, or nothing when empty. */
export function searchText(value: string | null, max = 100): string | undefined {
  const text = value?.trim().slice(0, max);
  return text || undefined;
}
