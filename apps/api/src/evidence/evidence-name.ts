// What the uploader called the file, made safe to keep and to offer back as a download name.
import { EVIDENCE_TYPES, extensionOf, type EvidenceType } from './evidence-types';

const NAME_MAX = 150;

/**
 * Keeps the base name only (no folders), drops control and path/shell-special and direction-override characters, and makes the
 * extension one of the stored type's, so a download can never be named `.exe` or `.html`.
 */
export function sanitisedFileName(original: string, type: EvidenceType): string {
  const base = original.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    // Direction overrides too: `report` + U+202E + `fdp.exe` displays as `reportexe.pdf`.
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"|?*;]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const extensions = EVIDENCE_TYPES[type].extensions as readonly string[];
  const hasOwnExtension = extensions.includes(extensionOf(cleaned));
  const stem = (hasOwnExtension ? cleaned.slice(0, cleaned.lastIndexOf('.')) : cleaned) || 'evidence';
  // Cut by code points, never inside a surrogate pair.
  return `${Array.from(stem).slice(0, NAME_MAX).join('')}.${hasOwnExtension ? extensionOf(cleaned) : extensions[0]}`;
}
