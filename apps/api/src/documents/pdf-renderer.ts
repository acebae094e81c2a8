// HTML → PDF with headless Chromium: HarfBuzz shapes the Khmer (coeng stacks, reordered vowels) as a browser does.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PdfOptions {
  chromiumPath: string;
  /** Small print at the foot of every page (Latin only: the footer is drawn outside the page's fonts). */
  footerNote?: string;
}

/** Renders a complete HTML page to an A4 PDF with page numbers; the page may not load anything from the network. */
export async function renderPdf(html: string, options: PdfOptions): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: options.chromiumPath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    // Evaluated in the page (a string: the API is compiled without the DOM's types): the embedded fonts must be ready.
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    const note = (options.footerNote ?? '').replace(/[^\w .:/-]/g, '');
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:7pt;width:100%;padding:0 18mm;display:flex;justify-content:space-between;color:#555">
        <span>${note}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
      margin: { top: '16mm', bottom: '18mm', left: '18mm', right: '18mm' },
    });
  } finally {
    await browser.close();
  }
}
