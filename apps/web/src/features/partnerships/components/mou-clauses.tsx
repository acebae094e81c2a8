// An MoU version as it reads: each clause's Khmer and English side by side.
import { useTranslation } from 'react-i18next';
import type { MouClause } from '../api/get-mou-versions';

export function MouClauses({ clauses }: { clauses: readonly MouClause[] }) {
  const { t } = useTranslation();
  return (
    <ol className="mou-clauses">
      {clauses.map((clause) => (
        <li key={clause.key} className="bilingual">
          <div lang="km" className="bilingual-column">
            {clause.titleKm ? <h4>{clause.titleKm}</h4> : <p className="muted">{t('partnerships.mou.noKhmer')}</p>}
            {clause.textKm && <p className="prose">{clause.textKm}</p>}
          </div>
          <div lang="en" className="bilingual-column">
            <h4>{clause.titleEn}</h4>
            <p className="prose">{clause.textEn}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
