// The multipart form of a scorecard import (`file` + `partnershipId` + `mapping` and/or `mappingName`) and of its
// preview (`file` + optional `partnershipId`), checked before anything is stored.
import { validationMessage } from '@daikou/domain';
import { z } from 'zod';
import { Problem, type FieldError } from '../common/problem';
import { fieldErrors } from '../common/zod';
import { scorecardMapping, type ScorecardMapping } from './scorecard-mapping';
import type { UploadedCsv } from './upload-storage';

export interface ScorecardUpload {
  partnershipId: string;
  /** Given in the form; absent when a saved mapping is reused by name. */
  mapping: ScorecardMapping | undefined;
  /** Saves `mapping` under this name for the partnership, or names the saved mapping to reuse. */
  mappingName: string | undefined;
  fileName: string;
  /** The uploaded file's temporary copy on disk. */
  path: string;
  size: number;
}

const fields = z.object({
  partnershipId: z.uuid(validationMessage('option_invalid')).transform((id) => id.toLowerCase()),
  mappingName: z.string().trim().min(1).max(100).optional(),
});

const CSV_NAME = /\.(csv|txt)$/i;

/** The file part's problems: missing, empty, or not named as a CSV export. */
function fileErrors(part: UploadedCsv | undefined): FieldError[] {
  if (!part || part.size === 0) return [{ path: 'file', message: validationMessage('required') }];
  if (!CSV_NAME.test(part.originalname)) return [{ path: 'file', message: validationMessage('file_content_mismatch') }];
  return [];
}

export function scorecardUpload(body: unknown, part: UploadedCsv | undefined): ScorecardUpload {
  const given = (body ?? {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const parsed = fields.safeParse({ partnershipId: given.partnershipId, mappingName: given.mappingName || undefined });
  if (!parsed.success) errors.push(...fieldErrors(parsed.error));
  let mapping: ScorecardMapping | undefined;
  if (typeof given.mapping === 'string' && given.mapping !== '') {
    let json: unknown;
    try {
      json = JSON.parse(given.mapping);
    } catch {
      errors.push({ path: 'mapping', message: validationMessage('must_be_object') });
    }
    if (json !== undefined) {
      const checked = scorecardMapping.safeParse(json);
      if (checked.success) mapping = checked.data;
      else errors.push(...fieldErrors(checked.error, 'mapping'));
    }
  } else if (!parsed.success || !parsed.data.mappingName) {
    errors.push({ path: 'mapping', message: validationMessage('required') });
  }
  errors.push(...fileErrors(part));
  if (errors.length > 0 || !parsed.success) throw new Problem('validation', 'Some fields are missing or invalid', errors);
  return { partnershipId: parsed.data.partnershipId, mapping, mappingName: parsed.data.mappingName, fileName: part!.originalname, path: part!.path, size: part!.size };
}

export interface PreviewUpload {
  /** Given: the saved mappings of this partnership are matched against the file's columns. */
  partnershipId: string | undefined;
  path: string;
}

export function previewUpload(body: unknown, part: UploadedCsv | undefined): PreviewUpload {
  const given = (body ?? {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const parsed = fields.shape.partnershipId.optional().safeParse(given.partnershipId || undefined);
  if (!parsed.success) errors.push(...fieldErrors(parsed.error, 'partnershipId'));
  errors.push(...fileErrors(part));
  if (errors.length > 0 || !parsed.success) throw new Problem('validation', 'Some fields are missing or invalid', errors);
  return { partnershipId: parsed.data, path: part!.path };
}
