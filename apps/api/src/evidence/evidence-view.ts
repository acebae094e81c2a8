// What the evidence endpoints answer (OpenAPI from these schemas).
import { z } from 'zod';

export const evidenceSchema = z.object({
  id: z.uuid(),
  commitmentId: z.uuid(),
  period: z.string().describe('The due date of the occurrence the file is evidence for'),
  name: z.string().describe('The uploader’s file name, sanitised; its extension is always one of the stored type’s'),
  contentType: z.string(),
  size: z.number(),
  sha256: z.string(),
  uploadedBy: z.uuid(),
  createdAt: z.string(),
});
