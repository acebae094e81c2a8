// A KoboToolbox-style export of community scorecard rounds: Kobo's own columns (_id, _uuid, _submission_time…),
// grouped question paths, one citizen and one provider score per criterion. Deterministic for a given seed.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { participantCounts } from '../seed/participants.js';
import { Prng } from '../seed/prng.js';

export const CRITERIA = ['Staff attitude', 'Waiting time', 'Cleanliness', 'Medicine available', 'Fees displayed'];
const slug = (name: string) => name.toLowerCase().replace(/\s+/g, '_');

export const KOBO_MAPPING = {
  servicePointId: 'group_meta/service_point',
  date: 'group_meta/meeting_date',
  participants: {
    female: 'group_participants/female',
    male: 'group_participants/male',
    disability: 'group_participants/disability',
    idPoor: 'group_participants/id_poor',
    youth: 'group_participants/youth',
  },
  criteria: CRITERIA.map((name) => ({ name, citizenScoreColumn: `group_scores/${slug(name)}_citizen`, providerScoreColumn: `group_scores/${slug(name)}_provider` })),
};

export const CSV_COLUMNS = [
  '_id', 'start', 'end', KOBO_MAPPING.servicePointId, KOBO_MAPPING.date, ...Object.values(KOBO_MAPPING.participants),
  ...KOBO_MAPPING.criteria.flatMap((c) => [c.citizenScoreColumn, c.providerScoreColumn]), 'group_notes/comments', '_uuid', '_submission_time', '_status', '__version__',
];

/** Writes `rows` rounds held at the given service points over the year before `today`. */
export async function writeScorecardCsv(file: string, rows: number, servicePointIds: readonly string[], today: Date): Promise<void> {
  const random = new Prng(`import-csv:${rows}`);
  const out = createWriteStream(file);
  let chunk = `${CSV_COLUMNS.join(',')}\n`;
  for (let row = 1; row <= rows; row += 1) {
    const day = new Date(today.getTime() - random.int(1, 365) * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const scores = KOBO_MAPPING.criteria.flatMap(() => [random.int(4, 20) / 4, random.int(8, 20) / 4]);
    const uuid = `${random.uint32().toString(16).padStart(8, '0')}-${random.uint32().toString(16).padStart(8, '0')}`;
    chunk += [
      row, `${date}T08:00:00.000+07:00`, `${date}T10:30:00.000+07:00`, random.pick(servicePointIds), date, ...participantCounts(random), ...scores,
      random.chance(0.3) ? '"Citizens asked for longer opening hours, ""especially"" on market days"' : '', uuid, `${date}T12:00:00`, 'submitted_via_web', 'vGZ3xWk5dXf',
    ].join(',');
    chunk += '\n';
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await finished(out);
}
