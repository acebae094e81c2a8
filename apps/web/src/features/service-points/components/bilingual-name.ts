// A name the API gives in Latin letters and, where it has one, in Khmer (a service point's, an organisation's):
// the reader's script first, the other one after it.
import type { Language } from '../../../lib/i18n';

interface Named {
  name: string;
  nameKm: string | null;
}

export interface NameInScript {
  text: string;
  lang: Language;
}

export function bilingualNames(named: Named, language: Language): { primary: NameInScript; secondary?: NameInScript } {
  const latin: NameInScript = { text: named.name, lang: 'en' };
  if (!named.nameKm) return { primary: latin };
  const khmer: NameInScript = { text: named.nameKm, lang: 'km' };
  return language === 'km' ? { primary: khmer, secondary: latin } : { primary: latin, secondary: khmer };
}
