// The multipart form of an evidence upload (`file` + `period`), checked before anything is stored.
import { ratingInput, validationMessage } from '@daikou/domain';
import { z } from 'zod';
import { Problem, type FieldError } from '../common/problem';
import { fieldErrors } from '../common/zod';
import { sanitisedFileName } from './evidence-name';
import { checkEvidenceType, type EvidenceType } from './evidence-types';

/** What multer's memory storage hands over for the `file` part. */
export interface UploadedPart {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

export interface EvidenceUpload {
  period: string;
  name: string;
  type: EvidenceType;
  content: Buffer;
}

const uploadFields = z.object({ period: ratingInput.shape.period });

const TYPE_MESSAGES = {
  type_not_allowed: validationMessage('file_type_not_allowed'),
  content_mismatch: validationMessage('file_content_mismatch'),
} as const;

export function evidenceUpload(body: unknown, part: UploadedPart | undefined): EvidenceUpload {
  const errors: FieldError[] = [];
  const fields = uploadFields.safeParse({ period: (body as { period?: unknown } | undefined)?.period });
  if (!fields.success) errors.push(...fieldErrors(fields.error));
  let checked: { name: string; type: EvidenceType } | undefined;
  if (!part || part.size === 0) {
    errors.push({ path: 'file', message: validationMessage('required') });
  } else {
    const type = checkEvidenceType(part.mimetype, part.originalname, part.buffer);
    if (type.ok) checked = { name: sanitisedFileName(part.originalname, type.type), type: type.type };
    else errors.push({ path: 'file', message: TYPE_MESSAGES[type.reason] });
  }
  if (errors.length > 0 || !fields.success || !checked) throw new Problem('validation', 'Some fields are missing or invalid', errors);
  return { period: fields.data.period, name: checked.name, type: checked.type, content: part!.buffer };
}
