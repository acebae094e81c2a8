// Which columns of an exported KoboToolbox/ODK file hold which scorecard fields.
import { z } from 'zod';

const column = z.string().trim().min(1).max(300);

export const scorecardMapping = z.strictObject({
  servicePointId: column,
  date: column,
  participants: z.strictObject({ female: column, male: column, disability: column.optional(), idPoor: column.optional(), youth: column.optional() }),
  criteria: z.array(z.strictObject({ name: z.string().trim().min(1).max(200), citizenScoreColumn: column, providerScoreColumn: column })).min(1).max(50),
});
export type ScorecardMapping = z.infer<typeof scorecardMapping>;

type Participants = ScorecardMapping['participants'];

/** Reads a row's cells by column name, for a file with this header (the first of two columns with one name counts). */
export function cellsByColumn(header: readonly string[]) {
  const indexes = new Map<string, number>();
  header.forEach((name, index) => {
    if (!indexes.has(name)) indexes.set(name, index);
  });
  return (cells: readonly string[]) => (column: string) => {
    const index = indexes.get(column);
    return index === undefined ? undefined : cells[index];
  };
}

/** A CSV row (read by column name) as the domain's scorecard input, before validation. */
export function scorecardInputOf(row: (column: string) => string | undefined, mapping: ScorecardMapping, facilitatingOrganizationId: string) {
  const cell = (name: string) => row(name)?.trim() ?? '';
  // Empty cells are missing values; numbers stay text when they are not numbers, so validation names them.
  const value = (name: string) => {
    const text = cell(name);
    if (text === '') return undefined;
    const number = Number(text);
    return Number.isNaN(number) ? text : number;
  };
  const participants: Record<string, unknown> = {};
  for (const [field, name] of Object.entries(mapping.participants) as [keyof Participants, string | undefined][]) {
    if (name !== undefined) participants[field] = value(name);
  }
  return {
    servicePointId: cell(mapping.servicePointId) || undefined,
    date: cell(mapping.date) || undefined,
    facilitatingOrganizationId,
    participants,
    criteria: mapping.criteria.map((criterion) => ({
      name: criterion.name,
      citizenScore: value(criterion.citizenScoreColumn),
      providerScore: value(criterion.providerScoreColumn),
    })),
  };
}
