// POST /api/partnerships/{id}/assessments — the caller's organisation's self-assessment of one period (once per period).
import type { AssessmentInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import type { Assessment } from './get-assessments';
import { portfolioQueryOptions } from './get-portfolio';
import { qualityQueryOptions } from './get-quality';

export interface AssessmentDraft {
  id: string;
  input: AssessmentInput;
}

export async function submitAssessment({ id, input }: AssessmentDraft): Promise<Assessment> {
  return dataOrThrow(await api.POST('/api/partnerships/{id}/assessments', { params: { path: { id } }, body: input }));
}

export function useSubmitAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitAssessment,
    onSuccess: (_assessment, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: qualityQueryOptions(id).queryKey }),
        // The portfolio's equity-gap trend counts this assessment too.
        queryClient.invalidateQueries({ queryKey: portfolioQueryOptions().queryKey }),
      ]),
  });
}
