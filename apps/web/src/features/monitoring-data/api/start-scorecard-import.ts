// POST /api/imports/scorecards — stores the file and starts its import as a job (202); the same file again into
// the same partnership answers with the first import. The mapping is saved under its name for the next file.
import type { Schemas } from '@daikou/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import type { ScorecardMapping } from '../components/scorecard-mapping-draft';
import { partnershipImportsQueryOptions } from './get-partnership-imports';
import { filePart, multipartBody } from '../../../lib/multipart-body';

export type StartedImport = Schemas['ImportJob'];

export interface ImportRequest {
  partnershipId: string;
  file: File;
  mapping: ScorecardMapping;
  mappingName: string;
}

export async function startScorecardImport({ partnershipId, file, mapping, mappingName }: ImportRequest): Promise<StartedImport> {
  const body = { file: filePart(file), partnershipId, mapping: JSON.stringify(mapping), mappingName: mappingName || undefined };
  return dataOrThrow(await api.POST('/api/imports/scorecards', { body, bodySerializer: multipartBody }));
}

export function useStartScorecardImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startScorecardImport,
    onSuccess: (_started, { partnershipId }) => queryClient.invalidateQueries({ queryKey: partnershipImportsQueryOptions(partnershipId).queryKey }),
  });
}
