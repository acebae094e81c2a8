// An organisation's or a partnership's sectors as small labels, in the reader's language.
import { SECTOR_CODES, SECTOR_LABELS, type SectorCode } from '@daikou/domain';
import { useBilingual } from '../lib/use-bilingual';

function isSectorCode(value: string): value is SectorCode {
  return (SECTOR_CODES as readonly string[]).includes(value);
}

export function SectorChips({ sectors, label }: { sectors: readonly string[]; label: string }) {
  const inLanguage = useBilingual();
  return (
    <ul className="chips" aria-label={label}>
      {sectors.map((sector) => (
        <li key={sector} className="chip">
          {isSectorCode(sector) ? inLanguage(SECTOR_LABELS[sector]) : sector}
        </li>
      ))}
    </ul>
  );
}
