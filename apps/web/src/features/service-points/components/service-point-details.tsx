// A service point's facts: its kind and where it lies (province › district › commune).
import { SERVICE_POINT_KIND_LABELS } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { AdminUnitPath } from '../../../components/admin-units/admin-unit-path';
import { useBilingual } from '../../../lib/use-bilingual';
import type { ServicePoint } from '../api/get-service-points';

export function ServicePointDetails({ point }: { point: ServicePoint }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  return (
    <dl className="details">
      <dt>{t('servicePoints.fields.kind')}</dt>
      <dd>{inLanguage(SERVICE_POINT_KIND_LABELS[point.kind])}</dd>
      <dt>{t('servicePoints.fields.area')}</dt>
      <dd>
        <AdminUnitPath code={point.adminUnitCode} />
      </dd>
    </dl>
  );
}
