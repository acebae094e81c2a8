// The public transparency pages in a real browser, as a visitor who never signs in: from the sign-in page to the public
// record, switched to Khmer, into a partnership, on to its health centre, and feedback sent with the plain form. The
// partnership, its scorecard rounds, action plan and commitments are set up through the API (5 sign-ins there).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { useBrowser, waitForTexts } from './browser-harness.mjs';
import { apiWalk, CSO_PARTY, daysFromToday, STATE_PARTY } from './api-walk.mjs';
import { demoAccounts } from './server.mjs';

const browser = useBrowser();
const { activePartnership, call, tokenOf } = apiWalk(browser);
const title = 'Bati health centre scorecards';
const feedbackText = 'ពេលព្រឹកគ្មានគិលានុបដ្ឋាយិកាទេ។ We waited two hours.';
let servicePointId;
let officerToken;

describe('public transparency pages', () => {
  before(async () => {
    const { id, sna, idOf } = await activePartnership(title);
    officerToken = sna;
    const point = await call(sna, 'POST', '/api/service-points', { name: 'Bati Health Centre', nameKm: 'មណ្ឌលសុខភាពបាទី', kind: 'health_centre', adminUnitCode: '210201' });
    servicePointId = point.id;
    const round = async (days, criteria) =>
      call(sna, 'POST', `/api/partnerships/${id}/scorecards`, { servicePointId, date: daysFromToday(days), participants: { female: 14, male: 9 }, criteria });
    const first = await round(-150, [
      { name: 'ការគោរពរបស់បុគ្គលិក', citizenScore: 2, providerScore: 4 },
      { name: 'ម៉ោងបើកទ្វារ', citizenScore: 2.5, providerScore: 4.5 },
    ]);
    await round(-30, [
      { name: 'ការគោរពរបស់បុគ្គលិក', citizenScore: 3.5, providerScore: 4 },
      { name: 'ម៉ោងបើកទ្វារ', citizenScore: 4, providerScore: 4.5 },
    ]);
    const posted = await call(sna, 'POST', `/api/scorecards/${first.id}/action-items`, { description: 'បិទផ្សាយម៉ោងបើកទ្វារនៅមុខមណ្ឌល', ownerOrganizationId: idOf(STATE_PARTY), dueDate: daysFromToday(-120) });
    await call(sna, 'PATCH', `/api/action-items/${posted.id}`, { status: 'done' });
    await call(sna, 'POST', `/api/scorecards/${first.id}/action-items`, { description: 'វគ្គបណ្តុះបណ្តាលស្តីពីការគោរពអ្នកជំងឺ', ownerOrganizationId: idOf(CSO_PARTY), dueDate: daysFromToday(60) });
    const budget = await call(sna, 'POST', `/api/partnerships/${id}/commitments`, { title: 'Publish the health centre budget', ownerOrganizationId: idOf(STATE_PARTY), dueDate: daysFromToday(-60) });
    await call(sna, 'POST', `/api/commitments/${budget.id}/ratings`, { period: daysFromToday(-60), rating: 'kept' });
    await call(await tokenOf(demoAccounts.csoOfficer), 'POST', `/api/commitments/${budget.id}/ratings`, { period: daysFromToday(-60), rating: 'kept' });
    await call(sna, 'POST', `/api/partnerships/${id}/commitments`, { title: 'Deliver the scorecard report', ownerOrganizationId: idOf(CSO_PARTY), dueDate: daysFromToday(-20) });
  });

  test('a visitor reads a partnership in Khmer, goes on to its health centre and sends feedback', async () => {
    const { page } = browser;
    await page.goto(browser.url('/sign-in'));
    await page.getByRole('link', { name: 'See the public record of partnerships' }).click();
    await page.getByRole('heading', { level: 1, name: 'Public record of partnerships' }).waitFor();
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'ខ្មែរ' }).click();
    await page.getByRole('heading', { level: 1, name: 'កំណត់ត្រាសាធារណៈនៃភាពជាដៃគូ' }).waitFor();

    // The partnership page: counted for its weight (HTML, style and font) as a first-time visitor loads it.
    await (await page.context().newCDPSession(page)).send('Network.clearBrowserCache');
    const transferred = [];
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      transferred.push({ url: request.url(), bytes: sizes.responseHeadersSize + sizes.responseBodySize });
    });
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    assert.equal(await page.locator('html').getAttribute('lang'), 'km');
    assert.equal(await page.locator('script').count(), 0, 'the page has no script');
    assert.ok(await page.evaluate(() => document.fonts.check('16px "Noto Sans Khmer"', 'ការគោរព')), 'Khmer is set in Noto Sans Khmer');
    await page.getByRole('heading', { level: 2, name: 'ការគោរពកិច្ចសន្យា' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'ភាគីរដ្ឋ' }).waitFor();
    await waitForTexts(page.locator('.legend li'), ['បានគោរព: 1', 'ហួសកាលកំណត់: 1']);
    await page.getByText('បិទផ្សាយម៉ោងបើកទ្វារនៅមុខមណ្ឌល').waitFor();
    const weight = transferred.filter((entry) => entry.url.startsWith(browser.url('/public/')));
    const total = weight.reduce((sum, entry) => sum + entry.bytes, 0);
    console.log(`page weight of /public/partnerships/:id in Khmer: ${total} bytes in ${weight.length} responses (${weight.map((e) => `${new URL(e.url).pathname} ${e.bytes}`).join(', ')})`);
    assert.equal(weight.length, 2, 'the page and its font, nothing else');
    assert.ok(total < 40_000, `the page weighs ${total} bytes`);
    await browser.screenshot('public-partnership-km');

    await page.setViewportSize({ width: 390, height: 844 });
    await browser.screenshot('public-partnership-km-phone');
    await page.getByRole('link', { name: 'ពិន្ទុ និងផ្តល់មតិយោបល់' }).click();
    await page.getByRole('heading', { level: 1, name: 'មណ្ឌលសុខភាពបាទី' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'ការគោរពរបស់បុគ្គលិក' }).waitFor();
    await browser.screenshot('public-service-point-km-phone');

    await page.getByLabel('មតិយោបល់របស់អ្នក').fill(feedbackText);
    await page.getByLabel('4 · ល្អ').check();
    await page.getByRole('button', { name: 'ផ្ញើ' }).click();
    await page.getByRole('heading', { level: 1, name: 'សូមអរគុណ' }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/public/service-points/${servicePointId}/thanks`);
    await browser.screenshot('public-feedback-thanks-km-phone');
    await page.getByRole('link', { name: 'ត្រឡប់ទៅសេវាវិញ' }).click();
    await page.getByRole('heading', { level: 1, name: 'មណ្ឌលសុខភាពបាទី' }).waitFor();

    const inbox = await call(officerToken, 'GET', `/api/service-points/${servicePointId}/feedback`);
    assert.deepEqual(inbox.items.map((item) => [item.text, item.rating, item.channel]), [[feedbackText, 4, 'web']]);
  });
});
