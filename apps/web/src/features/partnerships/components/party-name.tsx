// A party by the names the partnership carries for it: the reader's script first, the other one after it.
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';

interface PartyNameProps {
  party: { name: string; nameKm: string | null };
}

export function PartyName({ party }: PartyNameProps) {
  useTranslation();
  const khmer = party.nameKm && <span lang="km">{party.nameKm}</span>;
  const latin = <span lang="en">{party.name}</span>;
  if (!khmer) return latin;
  const [first, second] = currentLanguage() === 'km' ? [khmer, latin] : [latin, khmer];
  return (
    <span className="party-name">
      {first}
      <span className="party-name-other">{second}</span>
    </span>
  );
}
