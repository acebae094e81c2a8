// The frame of every public page: no script, one small inline style sheet, the Khmer font only where Khmer shows
// (asked for at once on Khmer pages, so that text is not drawn twice), and a language switch made of two links (the
// language is part of the address; nothing is remembered).
import type { Locale } from '@daikou/domain';
import { PUBLIC_PAGES_ROOT } from '../public-page-routes';
import { Html, html } from './html';
import { khmerFontFace, khmerFontPath } from './page-font';
import { PAGE_TEXTS, type PageText } from './page-texts';

const STYLE = `*{box-sizing:border-box}
body{margin:0;font:16px/1.6 "Noto Sans Khmer",system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b2a3a;background:#f4f6f9}
:lang(km){line-height:1.8}a{color:#0b5cad}
header{background:#1b3a5c;color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem}
header a{color:#fff;text-decoration:none;font-weight:600}header nav a{padding:.25rem .5rem;font-weight:400}header nav a[aria-current]{border-bottom:2px solid #fff}
main,footer{max-width:48rem;margin:0 auto;padding:.5rem 1rem}h1{font-size:1.45rem;line-height:1.4;margin:.75rem 0}
h2{font-size:1.2rem;margin:1.75rem 0 .5rem}h3{font-size:1.05rem;margin:1rem 0 .25rem}p{margin:.4rem 0}
.card{background:#fff;border:1px solid #d5dce5;border-radius:8px;padding:.75rem 1rem;margin:.75rem 0}.card h2,.card h3{margin-top:0}
.muted,footer{color:#4a5b6d}.small{font-size:.9rem}ul.plain{list-style:none;padding:0;margin:0}
dl{display:grid;grid-template-columns:minmax(6rem,max-content) 1fr;gap:.25rem 1rem;margin:0}dt{color:#4a5b6d}dd{margin:0}
.tag{display:inline-block;padding:0 .6rem;border-radius:1rem;font-size:.85rem;background:#e3e8ef;white-space:nowrap}
.tag.active,.tag.done{background:#d7efe0}.tag.late{background:#f8dcda}
.bar{display:flex;height:.8rem;border-radius:4px;overflow:hidden;background:#e3e8ef;flex:1}.bar i{display:block}
.kept{background:#1e7a46}.partly{background:#d29a1c}.not{background:#b3261e}.overdue{background:#5c1612}.disputed{background:#8896a8}
.citizen{background:#0b5cad}.provider{background:#b26a00}
.legend{display:flex;flex-wrap:wrap;gap:0 1rem;font-size:.9rem;list-style:none;padding:0;margin:.4rem 0}
.legend b{display:inline-block;width:.75rem;height:.75rem;border-radius:2px;margin-right:.3rem}
.pair{display:grid;grid-template-columns:minmax(5.5rem,9rem) 1fr 2.2rem;align-items:center;gap:.2rem .5rem;font-size:.9rem}.pair span:last-child{text-align:right}
label,legend.field{display:block;font-weight:600;margin-top:.75rem}fieldset{border:0;padding:0;margin:0}
fieldset label{display:inline-block;font-weight:400;margin:.3rem 1rem .3rem 0;padding:.2rem 0}
input[type=radio]{width:1.2rem;height:1.2rem;vertical-align:-.2rem;margin:0 .3rem 0 0}
textarea,select,input[type=search]{display:block;width:100%;font:inherit;padding:.45rem;border:1px solid #6b7b8d;border-radius:6px;background:#fff;color:inherit}
button{font:inherit;padding:.5rem 1.5rem;border:0;border-radius:6px;background:#0b5cad;color:#fff;margin-top:.75rem}
.error{color:#9b1c1c;font-weight:600}.filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:0 1rem;align-items:end}`;

export interface PageFrame {
  lang: Locale;
  title: string;
  /** The address of this page in the other language. */
  languageHref: (lang: Locale) => string;
  body: Html;
}

/** The text in the page's language. */
export const textIn = (lang: Locale) => (key: PageText) => PAGE_TEXTS[key][lang];

/** A link to a public page in the same language. */
export const inLanguage = (path: string, lang: Locale) => `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;

const LANGUAGE_NAMES: Record<Locale, string> = { km: 'ខ្មែរ', en: 'English' };

export function renderPage({ lang, title, languageHref, body }: PageFrame): string {
  const t = textIn(lang);
  const switches = (['km', 'en'] as const).map(
    (other) => html` <a href="${languageHref(other)}" lang="${other}" hreflang="${other}"${other === lang ? html` aria-current="page"` : ''}>${LANGUAGE_NAMES[other]}</a>`,
  );
  return html`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t('site')}</title><meta name="description" content="${t('description')}"><link rel="icon" href="data:,">
${lang === 'km' ? html`<link rel="preload" href="${khmerFontPath()}" as="font" type="font/woff2" crossorigin>` : ''}
<style>${new Html(khmerFontFace() + STYLE)}</style></head><body>
<header><a href="${inLanguage(PUBLIC_PAGES_ROOT, lang)}">${t('site')}</a><nav aria-label="${t('languageSwitch')}">${switches}</nav></header>
<main>${body}</main>
<footer><p>${t('footer')}</p><p><a href="/sign-in">${t('staffSignIn')}</a></p></footer>
</body></html>`.markup;
}
