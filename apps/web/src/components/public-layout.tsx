// Frame for pages seen without signing in: the product name, the language switch and one centred column.
import type { ReactNode } from 'react';
import { Brand } from './brand';
import { LanguageSwitch } from './language-switch';

export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="public-layout">
      <header className="public-header">
        <Brand />
        <LanguageSwitch />
      </header>
      <main id="main" className="public-main">
        {children}
      </main>
    </div>
  );
}
