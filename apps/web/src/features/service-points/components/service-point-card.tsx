// One service point in the list: its names, kind and where it lies.
import { SERVICE_POINT_KIND_LABELS } from '@daikou/domain';
import { Link } from 'react-router';
import { currentLanguage } from '../../../lib/i18n';
import { useBilingual } from '../../../lib/use-bilingual';
import type { ServicePoint } from '../api/get-service-points';
import { bilingualNames } from './bilingual-name';

export function ServicePointCard({ point }: { point: ServicePoint }) {
  const inLanguage = useBilingual();
  const { primary, secondary } = bilingualNames(point, currentLanguage());
  return (
    <li className="result">
      <h2 className="result-title">
        <Link to={`/service-points/${point.id}`} lang={primary.lang}>
          {primary.text}
        </Link>
      </h2>
      {secondary && (
        <p className="result-subtitle" lang={secondary.lang}>
          {secondary.text}
        </p>
      )}
      <p className="result-meta">
        <span>{inLanguage(SERVICE_POINT_KIND_LABELS[point.kind])}</span>
        <span>{inLanguage(point.adminUnitName)}</span>
      </p>
    </li>
  );
}
