// The multipart form of a scorecard import (`file` + `partnershipId` + `mapping` and/or `mappingName`), checked before anything is stored.
import { validationMessage } from '@daikou/domain';
import { z } from 'zod';
import { Problem, type FieldError } from '../common/problem';
import { fieldErrors } from '../common/zod';
import type { UploadedPart } from '../evidence/evidence-upload';
import { scorecardMapping, type ScorecardMapping } from './scorecard-mapping';

export interface ScorecardUpload {
  partnershipId: string;
  /** Given in the form; absent when a saved mapping is reused by name. */
  mapping: ScorecardMapping | undefined;
  /** Saves `mapping` under this name for the partnership, or names the saved mapping to reuse. */
  mappingName: string | undefined;
  fileName: string;
  content: Buffer;
}

const fields = z.object({
  partnershipId: z.uuid(validationMessage('option_invalid')).transform((id) => id.toLowerCase()),
  mappingName: z.string().trim().min(1).max(100).optional(),
});

const CSV_NAME = /\.(csv|txt)$/i;

export function scorecardUpload(body: unknown, part: UploadedPart | undefined): ScorecardUpload {
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
  if (!part || part.size === 0) errors.push({ path: 'file', message: validationMessage('required') });
  else if (!CSV_NAME.test(part.originalname) || part.buffer.includes(0)) errors.push({ path: 'file', message: validationMessage('file_content_mismatch') });
  if (errors.length > 0 || !parsed.success) throw new Problem('validation', 'Some fields are missing or invalid', errors);
  return { partnershipId: parsed.data.partnershipId, mapping, mappingName: parsed.data.mappingName, fileName: part!.originalname, content: part!.buffer };
}
