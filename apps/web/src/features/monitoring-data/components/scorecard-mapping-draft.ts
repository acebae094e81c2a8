// Which column of the file holds which scorecard field, as the wizard's form holds it (a column name per field,
// '' for none) and as the API takes it. A saved mapping fills the form; without one, columns named like the fields
// (the way KoboToolbox and ODK name a form's questions, group paths included) are matched.
import { validationMessage } from '@daikou/domain';
import type { CheckResult } from '../../../lib/use-field-errors';

export const PARTICIPANT_FIELDS = ['female', 'male', 'disability', 'idPoor', 'youth'] as const;
export type ParticipantField = (typeof PARTICIPANT_FIELDS)[number];
const REQUIRED_PARTICIPANTS: readonly ParticipantField[] = ['female', 'male'];

export interface CriterionDraft {
  name: string;
  citizenScoreColumn: string;
  providerScoreColumn: string;
}

export interface MappingDraft {
  servicePointId: string;
  date: string;
  participants: Record<ParticipantField, string>;
  criteria: CriterionDraft[];
}

export interface ScorecardMapping {
  servicePointId: string;
  date: string;
  participants: { female: string; male: string; disability?: string; idPoor?: string; youth?: string };
  criteria: { name: string; citizenScoreColumn: string; providerScoreColumn: string }[];
}

export const emptyCriterion: CriterionDraft = { name: '', citizenScoreColumn: '', providerScoreColumn: '' };

/** A column's last path segment in lower case with only letters and digits: "grp_people/Female" → "female". */
const plain = (column: string) => (column.split('/').pop() ?? column).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

// Names a form's question for each field is often given; the first column matching one is taken.
const FIELD_NAMES: Readonly<Record<'servicePointId' | 'date' | ParticipantField, readonly string[]>> = {
  servicePointId: ['servicepointid', 'servicepoint', 'facilityid', 'facility'],
  date: ['date', 'rounddate', 'meetingdate', 'today'],
  female: ['female', 'women', 'participantsfemale', 'femaleparticipants'],
  male: ['male', 'men', 'participantsmale', 'maleparticipants'],
  disability: ['disability', 'withdisability', 'participantsdisability'],
  idPoor: ['idpoor', 'participantsidpoor'],
  youth: ['youth', 'participantsyouth'],
};

function guessColumn(columns: readonly string[], names: readonly string[]): string {
  return names.map((name) => columns.find((column) => plain(column) === name)).find(Boolean) ?? '';
}

/** Criteria from pairs of columns such as "citizen_waiting_time" and "provider_waiting_time". */
function guessCriteria(columns: readonly string[]): CriterionDraft[] {
  const sides = (side: 'citizen' | 'provider') =>
    new Map(
      columns.flatMap((column) => {
        const words = (column.split('/').pop() ?? column).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
        const at = words.findIndex((word) => word.toLowerCase().startsWith(side));
        if (at === -1) return [];
        const rest = words.filter((word, index) => index !== at && word.toLowerCase() !== 'score');
        return rest.length > 0 ? [[rest.join(' ').toLowerCase(), column] as const] : [];
      }),
    );
  const providers = sides('provider');
  return [...sides('citizen')].flatMap(([name, citizenScoreColumn]) => {
    const providerScoreColumn = providers.get(name);
    return providerScoreColumn ? [{ name: name.charAt(0).toUpperCase() + name.slice(1), citizenScoreColumn, providerScoreColumn }] : [];
  });
}

export function mappingDraftOf(columns: readonly string[], saved?: ScorecardMapping): MappingDraft {
  // A saved mapping names columns this file may not have: those stay unmatched.
  const known = (column: string | undefined) => (column !== undefined && columns.includes(column) ? column : '');
  if (saved) {
    return {
      servicePointId: known(saved.servicePointId),
      date: known(saved.date),
      participants: Object.fromEntries(PARTICIPANT_FIELDS.map((field) => [field, known(saved.participants[field])])) as Record<ParticipantField, string>,
      criteria: saved.criteria.map((criterion) => ({ name: criterion.name, citizenScoreColumn: known(criterion.citizenScoreColumn), providerScoreColumn: known(criterion.providerScoreColumn) })),
    };
  }
  const criteria = guessCriteria(columns);
  return {
    servicePointId: guessColumn(columns, FIELD_NAMES.servicePointId),
    date: guessColumn(columns, FIELD_NAMES.date),
    participants: Object.fromEntries(PARTICIPANT_FIELDS.map((field) => [field, guessColumn(columns, FIELD_NAMES[field])])) as Record<ParticipantField, string>,
    criteria: criteria.length > 0 ? criteria : [emptyCriterion],
  };
}

/** The mapping, or the places left empty (paths as the server names them, e.g. "mapping.criteria.0.name"). */
export function checkMapping(draft: MappingDraft): CheckResult<ScorecardMapping> {
  const required = validationMessage('required');
  const issues: { path: string[]; message: string }[] = [];
  const need = (value: string, ...path: string[]) => {
    if (value.trim() === '') issues.push({ path: ['mapping', ...path], message: required });
  };
  need(draft.servicePointId, 'servicePointId');
  need(draft.date, 'date');
  for (const field of REQUIRED_PARTICIPANTS) need(draft.participants[field], 'participants', field);
  draft.criteria.forEach((criterion, index) => {
    need(criterion.name, 'criteria', String(index), 'name');
    need(criterion.citizenScoreColumn, 'criteria', String(index), 'citizenScoreColumn');
    need(criterion.providerScoreColumn, 'criteria', String(index), 'providerScoreColumn');
  });
  if (issues.length > 0) return { success: false, error: { issues } };
  const participants = Object.fromEntries(PARTICIPANT_FIELDS.filter((field) => draft.participants[field] !== '').map((field) => [field, draft.participants[field]]));
  return {
    success: true,
    data: {
      servicePointId: draft.servicePointId,
      date: draft.date,
      participants: participants as ScorecardMapping['participants'],
      criteria: draft.criteria.map((criterion) => ({ ...criterion, name: criterion.name.trim() })),
    },
  };
}
