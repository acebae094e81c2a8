import { z } from 'zod';
import { filledText, inputObject, message, noDuplicates, requiredOr } from './fields.js';

export const MOU_CLAUSES_MAX = 60;

// A key names a clause across versions, so that the diff can pair clauses up.
export const clauseKey = z.string(requiredOr('clause_key_invalid')).regex(/^[a-z0-9_]{1,50}$/, message('clause_key_invalid'));

const mouClause = inputObject({
  key: clauseKey,
  titleEn: filledText(200),
  textEn: filledText(20000),
  titleKm: filledText(200).optional(),
  textKm: filledText(20000).optional(),
});

export const mouVersionInput = inputObject({
  clauses: z
    .array(mouClause, requiredOr('must_be_list'))
    .min(1, message('clauses_required'))
    .max(MOU_CLAUSES_MAX, message('too_many_clauses'))
    .superRefine(noDuplicates((clause: z.output<typeof mouClause>) => clause.key)),
});
export type MouVersionInput = z.infer<typeof mouVersionInput>;

// Query strings arrive as text: the version number is coerced (so a missing one reads as not a number).
export const mouDiffQuery = z.object({
  against: z.coerce
    .number(requiredOr('version_number_invalid'))
    .int(message('version_number_invalid'))
    .min(1, message('version_number_invalid')),
});
export type MouDiffQuery = z.infer<typeof mouDiffQuery>;
