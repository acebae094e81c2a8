// POST /api/imports/scorecards/preview — the columns of a CSV file and its first rows, read before anything is
// stored, with the column mapping saved for the partnership when there is one.
import type { Schemas } from '@daikou/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { filePart, multipartBody } from '../../../lib/multipart-body';

export type ImportPreview = Schemas['ImportPreview'];

export interface PreviewRequest {
  partnershipId: string;
  file: File;
}

export async function previewScorecardImport({ partnershipId, file }: PreviewRequest): Promise<ImportPreview> {
  const body = { file: filePart(file), partnershipId };
  return dataOrThrow(await api.POST('/api/imports/scorecards/preview', { body, bodySerializer: multipartBody }));
}

export function usePreviewScorecardImport() {
  return useMutation({ mutationFn: previewScorecardImport });
}
