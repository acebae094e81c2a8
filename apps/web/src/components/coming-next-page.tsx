// Says plainly that a section of the app exists in the navigation but is not built yet.
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DocumentTitle } from './document-title';

export function ComingNextPage({ titleKey }: { titleKey: ParseKeys }) {
  const { t } = useTranslation();
  const title = t(titleKey);
  return (
    <section aria-labelledby="page-heading">
      <DocumentTitle title={title} />
      <h1 id="page-heading">{title}</h1>
      <div className="notice">
        <span className="badge">{t('comingNext.badge')}</span>
        <p>{t('comingNext.body')}</p>
      </div>
    </section>
  );
}
