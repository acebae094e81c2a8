// A page's title (also the browser tab's) with the page's main actions beside it.
import type { ReactNode } from 'react';
import { DocumentTitle } from './document-title';

interface PageHeaderProps {
  title: string;
  /** For a name in one script whatever the interface language (Khmer needs its own font and line height). */
  titleLang?: string;
  /** The title in the other script, e.g. an organisation's Latin name under its Khmer one. */
  subtitle?: ReactNode;
  actions?: ReactNode;
}

export function PageHeader({ title, titleLang, subtitle, actions }: PageHeaderProps) {
  return (
    <header className="page-header">
      <DocumentTitle title={title} />
      <div>
        <h1 id="page-heading" lang={titleLang}>
          {title}
        </h1>
        {subtitle && <p className="page-subtitle">{subtitle}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}
