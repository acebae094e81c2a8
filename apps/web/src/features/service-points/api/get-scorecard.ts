// GET /api/scorecards/{id} — one scorecard round: its criteria with their gaps, participants and action items.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';

export type ScorecardRound = Schemas['ScorecardDetail'];
export type ActionItem = ScorecardRound['actionItems'][number];

export async function getScorecard(id: string): Promise<ScorecardRound> {
  return dataOrThrow(await api.GET('/api/scorecards/{id}', { params: { path: { id } } }));
}

export function scorecardQueryOptions(id: string) {
  return queryOptions({ queryKey: ['scorecards', 'detail', id], queryFn: () => getScorecard(id) });
}

/** For a route whose loader has fetched it already. */
export function useLoadedScorecard(id: string) {
  return useSuspenseQuery(scorecardQueryOptions(id)).data;
}
