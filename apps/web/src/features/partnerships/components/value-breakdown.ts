// A reported value's breakdown per category (e.g. female/male) as the form holds it (text per input) and as the
// report schema takes it: only the indicator's declared disaggregations, only the categories filled in.
import { DISAGGREGATION_CATEGORIES, type Disaggregation } from '@daikou/domain';

export type BreakdownDraft = Partial<Record<Disaggregation, Readonly<Record<string, string>>>>;
type BreakdownValues = Partial<Record<Disaggregation, Readonly<Record<string, number>>>>;

export function breakdownDraft(given: BreakdownValues | undefined): BreakdownDraft {
  const draft: BreakdownDraft = {};
  for (const [disaggregation, categories] of Object.entries(given ?? {}) as [Disaggregation, Record<string, number>][]) {
    draft[disaggregation] = Object.fromEntries(Object.entries(categories).map(([category, value]) => [category, String(value)]));
  }
  return draft;
}

/** The filled categories as numbers (text that is not a number stays, so the schema names the field), or nothing. */
export function breakdownInput(declared: readonly Disaggregation[], draft: BreakdownDraft): Record<string, Record<string, unknown>> | undefined {
  const input: Record<string, Record<string, unknown>> = {};
  for (const disaggregation of declared) {
    const filled = DISAGGREGATION_CATEGORIES[disaggregation].flatMap((category) => {
      const text = draft[disaggregation]?.[category]?.trim() ?? '';
      return text === '' ? [] : [[category, Number.isNaN(Number(text)) ? text : Number(text)] as const];
    });
    if (filled.length > 0) input[disaggregation] = Object.fromEntries(filled);
  }
  return Object.keys(input).length > 0 ? input : undefined;
}

/** The sum of the categories filled in, or null when none is (or one is not a number). */
export function categorySum(categories: Readonly<Record<string, string>> | undefined): number | null {
  const filled = Object.values(categories ?? {}).filter((text) => text.trim() !== '');
  if (filled.length === 0 || filled.some((text) => Number.isNaN(Number(text)))) return null;
  // Rounded to hide floating-point noise such as 0.1 + 0.2.
  return Math.round(filled.reduce((sum, text) => sum + Number(text), 0) * 1e6) / 1e6;
}
