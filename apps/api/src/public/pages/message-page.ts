// A short page that says one thing — thank you, not found, too many messages — with the way back.
import type { Locale } from '@daikou/domain';
import { html } from './html';
import { inLanguage, renderPage } from './page-layout';

export interface MessagePage {
  lang: Locale;
  title: string;
  text: string;
  /** The page the visitor goes back to, and the link's words. */
  back: { path: string; label: string };
  /** The same page in the other language (a page that only reports an error has none of its own). */
  languageHref?: (lang: Locale) => string;
}

export function messagePage({ lang, title, text, back, languageHref }: MessagePage): string {
  return renderPage({
    lang,
    title,
    languageHref: languageHref ?? ((other) => inLanguage(back.path, other)),
    body: html`<h1>${title}</h1><div class="card"><p>${text}</p><p><a href="${inLanguage(back.path, lang)}">${back.label}</a></p></div>`,
  });
}
