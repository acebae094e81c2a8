// The two languages every user-facing text is written in.
export const LOCALES = ['km', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export type Bilingual = Readonly<Record<Locale, string>>;
