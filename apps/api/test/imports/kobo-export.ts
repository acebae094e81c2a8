// A scorecard round export as KoboToolbox writes it (group/field headers, metadata columns, UTF-8 with BOM),
// and the mapping of its columns, for the import tests.
export const KOBO_MAPPING = {
  servicePointId: 'grp_site/service_point',
  date: 'grp_site/round_date',
  participants: { female: 'grp_people/female', male: 'grp_people/male', disability: 'grp_people/disability', youth: 'grp_people/យុវជន' },
  criteria: [
    { name: 'ភាពគួរសមរបស់បុគ្គលិក (Staff politeness)', citizenScoreColumn: 'grp_scores/polite_citizen', providerScoreColumn: 'grp_scores/polite_provider' },
    { name: 'Opening hours', citizenScoreColumn: 'grp_scores/hours_citizen', providerScoreColumn: 'grp_scores/hours_provider' },
  ],
};

const HEADER = [
  'start', 'end', 'grp_site/service_point', 'grp_site/round_date', 'grp_people/female', 'grp_people/male', 'grp_people/disability',
  'grp_people/យុវជន', 'grp_scores/polite_citizen', 'grp_scores/polite_provider', 'grp_scores/hours_citizen', 'grp_scores/hours_provider',
  'grp_notes/comment', '_id', '_uuid', '_submission_time',
];

const quoted = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export interface Round {
  servicePoint: string;
  date: string;
  female?: number;
  male?: number;
  citizen?: number;
  comment?: string;
}

/** The file's bytes: a BOM, a header and one line (or more, for a quoted newline) per round. */
export function koboExport(rounds: Round[]): Buffer {
  const lines = rounds.map((round, index) =>
    [
      '2026-02-10T08:01:00.000+07:00', '2026-02-10T09:40:00.000+07:00', round.servicePoint, round.date, String(round.female ?? 12),
      String(round.male ?? 8), '2', '5', String(round.citizen ?? 2), '4', '3', '3.5', round.comment ?? '', String(1000 + index),
      `uuid-${index}`, '2026-02-11T02:00:00',
    ].map(quoted).join(','),
  );
  return Buffer.from('\uFEFF' + [HEADER.join(','), ...lines].join('\r\n') + '\r\n', 'utf8');
}
