// The two sides of a partnership, shown side by side: the state side first.
export const SIDES = ['state', 'non_state'] as const;
