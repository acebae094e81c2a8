// Which files are accepted as evidence, and the check that the bytes are what the upload says they are.
export const EVIDENCE_TYPES = {
  'application/pdf': { extensions: ['pdf'], matches: (b: Buffer) => startsWith(b, '%PDF-') },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], matches: (b: Buffer) => startsWith(b, [0xff, 0xd8, 0xff]) },
  'image/png': { extensions: ['png'], matches: (b: Buffer) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  'image/webp': { extensions: ['webp'], matches: (b: Buffer) => startsWith(b, 'RIFF') && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  'text/csv': { extensions: ['csv'], matches: isText },
  'text/plain': { extensions: ['txt'], matches: isText },
  // Office files are ZIP archives; the part names (stored uncompressed in the archive) say which kind.
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extensions: ['docx'],
    matches: (b: Buffer) => isOfficeZip(b, 'word/'),
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    extensions: ['xlsx'],
    matches: (b: Buffer) => isOfficeZip(b, 'xl/'),
  },
} as const;

export type EvidenceType = keyof typeof EVIDENCE_TYPES;

/** Browsers send these when they do not know a type; then the file name's extension decides. */
const UNKNOWN_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream']);
/** What some systems declare for these types (Windows sends CSV as an Excel type). */
const ALIASES: Record<string, EvidenceType> = { 'application/csv': 'text/csv', 'application/vnd.ms-excel': 'text/csv', 'text/x-csv': 'text/csv' };

export type TypeCheck = { ok: true; type: EvidenceType } | { ok: false; reason: 'type_not_allowed' | 'content_mismatch' };

/** The allowed type of an upload, from its declared type (or its name's extension), confirmed by its content. */
export function checkEvidenceType(declared: string, fileName: string, content: Buffer): TypeCheck {
  const given = declared.split(';')[0]!.trim().toLowerCase();
  const extension = extensionOf(fileName);
  let type: EvidenceType | undefined;
  if (given in EVIDENCE_TYPES) type = given as EvidenceType;
  else if (ALIASES[given] && extension === 'csv') type = ALIASES[given];
  else if (UNKNOWN_TYPES.has(given)) type = typeByExtension(extension);
  if (!type) return { ok: false, reason: 'type_not_allowed' };
  return EVIDENCE_TYPES[type].matches(content) ? { ok: true, type } : { ok: false, reason: 'content_mismatch' };
}

/** The Content-Type a stored file is served with. */
export function servedContentType(type: EvidenceType): string {
  return type.startsWith('text/') ? `${type}; charset=utf-8` : type;
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

function typeByExtension(extension: string): EvidenceType | undefined {
  return (Object.keys(EVIDENCE_TYPES) as EvidenceType[]).find((t) => (EVIDENCE_TYPES[t].extensions as readonly string[]).includes(extension));
}

function startsWith(content: Buffer, prefix: string | number[]): boolean {
  const bytes = typeof prefix === 'string' ? Buffer.from(prefix, 'latin1') : Buffer.from(prefix);
  return content.length >= bytes.length && content.subarray(0, bytes.length).equals(bytes);
}

/** UTF-8 text without NUL or other control characters than tab, line feed, form feed and carriage return. */
function isText(content: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

function isOfficeZip(content: Buffer, partPrefix: string): boolean {
  return startsWith(content, [0x50, 0x4b, 0x03, 0x04]) && content.includes('[Content_Types].xml', 0, 'latin1') && content.includes(partPrefix, 0, 'latin1');
}
