// Pieces of one feature that another feature shows: the users page picks organisations, the audit log
// names people. Features do not import each other, so the app hands these in (src/app/lookups.tsx).
import type { OrganizationKind } from '@daikou/domain';
import { createContext, use, type ComponentType } from 'react';

export interface OrganizationPickerProps {
  label: string;
  hint?: string;
  /** Names the picker's fieldset, so a form can focus it when it is invalid. */
  name: string;
  /** The chosen organisation's id, or '' for none. */
  value: string;
  onChange: (organizationId: string) => void;
  /** Offer only organisations of this kind. */
  kind?: OrganizationKind;
  /** The text for "none chosen", e.g. "All organisations" in a filter. */
  emptyLabel?: string;
  error?: string;
}

export interface Lookups {
  OrganizationName: ComponentType<{ id: string }>;
  OrganizationPicker: ComponentType<OrganizationPickerProps>;
  UserName: ComponentType<{ id: string }>;
}

const LookupsContext = createContext<Lookups | null>(null);

export const LookupsProvider = LookupsContext.Provider;

export function useLookups(): Lookups {
  const lookups = use(LookupsContext);
  if (!lookups) throw new Error('useLookups is used outside <LookupsProvider> (the app shell provides it)');
  return lookups;
}
