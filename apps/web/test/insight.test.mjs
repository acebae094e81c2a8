// Insight in a real browser. A small portfolio is set up through the API: one active partnership of the Takéo province
// and the Khmer Community Health Association (with a commitment of each side rated and two scorecard rounds), and
// three more waiting at earlier steps. Then the SNA officer and the CSO officer each assess the active partnership's
// quarter (the CSO officer sees the province's scores only after sending its own, and then the equity gap), and the
// reviewer opens the portfolio dashboard on a desktop and a phone, the time per step, and drills into the slowest
// step: its waiting list, then a partnership (and sees the dashboard in Khmer). The tests run in order and share the
// portfolio.
// Sign-ins: 4 through the API, 3 in the browser (the login throttle allows 10 a minute).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { useBrowser, waitForTexts } from './browser-harness.mjs';
import { demoAccounts } from './server.mjs';
import { apiWalk, CSO_PARTY, daysFromToday, STATE_PARTY } from './api-walk.mjs';

const browser = useBrowser();
const { call, tokenOf, openSignedIn } = apiWalk(browser);

const activeTitle = 'Health centre budgets explained to citizens in Bati';
const waiting = [
  { title: 'Pre-school teachers trained in Chambak', steps: ['submit_proposal'], fn: 'capacity_building', form: 'coordination', sectors: ['education'], area: '210201' },
  { title: 'Water pumps kept working in Chambak', steps: ['submit_proposal', 'accept_proposal'], fn: 'infrastructure', form: 'integrated', sectors: ['water_sanitation'], area: '2102' },
  { title: 'One window office feedback in Doun Kaev', steps: [], fn: 'service_monitoring', form: 'information_sharing', sectors: ['governance'], area: '2108' },
];
// Trust as each side scores it: the province 4, the association 2 — an equity gap of +2.
const stateScores = { 'Decisions by consensus': 4, 'Shared risk': 3, 'Valued contributions': 4, Equity: 4, 'Shared leadership': 3, 'Mutual accountability': 4, Trust: 4, Communication: 5 };
const csoScores = { 'Decisions by consensus': 3, 'Shared risk': 2, 'Valued contributions': 3, Equity: 2, 'Shared leadership': 2, 'Mutual accountability': 3, Trust: 2, Communication: 4 };
let partnershipPath;

async function setUpPortfolio() {
  const sna = await tokenOf(demoAccounts.snaOfficer);
  const reviewer = await tokenOf(demoAccounts.reviewer);
  const organizations = await call(sna, 'GET', '/api/organizations?limit=100');
  const idOf = (name) => organizations.items.find((organization) => organization.name === name).id;
  const propose = (title, fn, form, sectors, area) =>
    call(sna, 'POST', '/api/partnerships', {
      title,
      function: fn,
      form,
      goals: 'The province and the association work together and report to citizens.',
      parties: [{ organizationId: idOf(STATE_PARTY) }, { organizationId: idOf(CSO_PARTY) }],
      adminUnitCodes: [area],
      sectors,
      startDate: daysFromToday(-200),
      endDate: daysFromToday(400),
    });
  const act = (token, id, action) => call(token, 'POST', `/api/partnerships/${id}/actions/${action}`, {});
  const actorOf = { submit_proposal: sna, accept_proposal: reviewer };

  const active = await propose(activeTitle, 'service_monitoring', 'collaboration', ['health'], '2102');
  await act(sna, active.id, 'submit_proposal');
  await act(reviewer, active.id, 'accept_proposal');
  const template = await call(sna, 'GET', `/api/partnerships/${active.id}/mou/template`);
  await call(sna, 'POST', `/api/partnerships/${active.id}/mou/versions`, { clauses: template.clauses });
  await act(sna, active.id, 'submit_mou');
  await act(reviewer, active.id, 'approve');
  await act(await tokenOf(demoAccounts.snaSignatory), active.id, 'sign');
  const cso = await tokenOf(demoAccounts.csoSignatory);
  await act(cso, active.id, 'sign');

  // Commitments kept by each side: the province's kept, the association's partly kept (both parties agree).
  for (const [owner, rating] of [[STATE_PARTY, 'kept'], [CSO_PARTY, 'partly_kept']]) {
    const dueDate = daysFromToday(-20);
    const commitment = await call(sna, 'POST', `/api/partnerships/${active.id}/commitments`, {
      title: `${owner} publishes what it promised`,
      ownerOrganizationId: idOf(owner),
      dueDate,
    });
    for (const token of [sna, cso]) await call(token, 'POST', `/api/commitments/${commitment.id}/ratings`, { period: dueDate, rating });
  }

  // Two scorecard rounds at the Bati health centre, a quarter apart: citizens score it lower than its staff.
  const servicePoint = await call(cso, 'POST', '/api/service-points', { name: 'Bati health centre', kind: 'health_centre', adminUnitCode: '210201' });
  for (const [date, citizens, providers] of [[daysFromToday(-150), 2, 4], [daysFromToday(-40), 3, 4]]) {
    await call(cso, 'POST', `/api/partnerships/${active.id}/scorecards`, {
      servicePointId: servicePoint.id,
      date,
      participants: { female: 18, male: 12 },
      criteria: [{ name: 'Staff are present at opening hours', citizenScore: citizens, providerScore: providers }],
    });
  }

  for (const { title, steps, fn, form, sectors, area } of waiting) {
    const partnership = await propose(title, fn, form, sectors, area);
    for (const step of steps) await act(actorOf[step], partnership.id, step);
  }
  return active.id;
}

/** Scores every attribute on the assessment form (each a group named after it) and submits it. */
async function assess(scores) {
  const { page } = browser;
  const form = page.getByRole('form', { name: "Your organisation's assessment" });
  for (const [attribute, score] of Object.entries(scores)) {
    await form.getByRole('group', { name: attribute, exact: true }).getByRole('radio', { name: new RegExp(`^${score} `) }).check();
  }
  await form.getByRole('button', { name: 'Submit our assessment' }).click();
  await page.getByRole('status').filter({ hasText: 'is submitted' }).waitFor();
}

/**
 * Scrolls to the region named `regionName` and waits for its chart (its picture, named "Chart: …" or "គំនូសតាង៖ …"):
 * a chart is drawn only once the reader comes near it.
 */
async function chartDrawnIn(regionName) {
  const region = browser.page.getByRole('region', { name: regionName });
  await region.scrollIntoViewIfNeeded();
  await region.getByRole('img', { name: /^(Chart:|គំនូសតាង៖)/ }).locator('.recharts-wrapper').waitFor();
}

/** Brings each chart of the page into view once, so that all are drawn (for a full-page screenshot). */
async function drawEveryChart() {
  for (const region of await browser.page.locator('.insight-chart').all()) await region.scrollIntoViewIfNeeded();
  await browser.page.getByText(/^(Drawing the chart…|កំពុងគូរក្រាហ្វិក…)$/).first().waitFor({ state: 'detached' });
}

/** The figures table under a chart, opened: its row for `name`, as the texts of its cells. */
async function figuresRow(regionName, name) {
  const region = browser.page.getByRole('region', { name: regionName });
  const details = region.locator('details');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  const row = region.getByRole('row').filter({ has: browser.page.getByRole('rowheader', { name, exact: true }) });
  // The table is built when first opened.
  await row.waitFor();
  return (await row.locator('th, td').allTextContents()).map((text) => text.trim());
}

describe('quality self-assessments and the portfolio dashboards', () => {
  before(async () => {
    partnershipPath = `/partnerships/${await setUpPortfolio()}`;
  });

  test('the SNA officer assesses the quarter without seeing the other side, then sees the province’s own scores', async () => {
    const { page } = browser;
    await openSignedIn(`${partnershipPath}?tab=quality`, demoAccounts.snaOfficer);
    await page.getByRole('heading', { level: 2, name: 'Partnership quality' }).waitFor();
    await page.getByText("The other side's scores show after you submit yours", { exact: false }).waitFor();
    assert.equal(await page.getByRole('region', { name: /^Both sides' scores/ }).count(), 0, 'nothing to compare yet');
    assert.equal(await page.getByRole('link', { name: 'One-page summary (PDF)' }).getAttribute('href'), `/api${partnershipPath}/summary.pdf`);

    const form = page.getByRole('form', { name: "Your organisation's assessment" });
    await form.getByRole('group', { name: 'Trust', exact: true }).getByText('The partners rely on each other', { exact: false }).waitFor();
    await form.getByRole('button', { name: 'Submit our assessment' }).click();
    await form.getByText('Choose a score from 1 to 5').first().waitFor();
    assert.equal(await form.getByText('Choose a score from 1 to 5').count(), 8, 'each attribute left unscored is named');

    await assess(stateScores);
    await page.getByRole('button', { name: 'Assess an earlier quarter' }).waitFor();
    assert.deepEqual(await figuresRow(/^Both sides' scores/, 'Trust'), ['Trust', '4', '–', '–'], 'the province’s own score, no gap without the other side');
    await browser.screenshot('quality-state-submitted');
  });

  test('the CSO officer is told the province has assessed, assesses, and then sees the equity gap', async () => {
    const { page } = browser;
    await openSignedIn(`${partnershipPath}?tab=quality`, demoAccounts.csoOfficer);
    await page.getByText('The other side has already assessed this quarter: their scores show as soon as you submit yours', { exact: false }).waitFor();
    assert.equal(await page.getByRole('region', { name: /^Both sides' scores/ }).count(), 0, 'the province’s scores stay hidden');
    await browser.screenshot('quality-cso-before');

    await assess(csoScores);
    assert.deepEqual(await figuresRow(/^Both sides' scores/, 'Trust'), ['Trust', '4', '2', '+2']);
    await page.getByText('Average equity gap:').getByText('+1.25').waitFor();
    await chartDrawnIn('Equity gap over time');
    await browser.screenshot('quality-gap');

    await page.getByRole('banner').getByRole('button', { name: 'ខ្មែរ' }).click();
    await page.getByRole('heading', { level: 2, name: 'គុណភាពនៃភាពជាដៃគូ' }).waitFor();
    await page.getByRole('link', { name: 'គុណភាព', exact: true }).waitFor();
    await browser.screenshot('quality-gap-km');
  });

  test('the reviewer opens the portfolio on a desktop and a phone, then drills into the slowest step', async () => {
    const { page } = browser;
    await openSignedIn('/dashboard', demoAccounts.reviewer);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.getByText('The national portfolio', { exact: false }).waitFor();
    const headline = page.locator('.insight-headline-total dd');
    await waitForTexts(headline, ['4']);
    assert.equal(
      await page.getByRole('region', { name: 'Equity gap over time' }).locator('.recharts-wrapper').count(),
      0,
      'a chart far below the screen is drawn only when the reader gets there',
    );
    for (const chart of ['Partnerships by status', 'Partnerships by function', 'Partnerships by province, most first', 'Equity gap over time']) {
      await chartDrawnIn(chart);
    }
    assert.deepEqual(await figuresRow('Partnerships by province, most first', 'Takéo'), ['Takéo', '4']);
    assert.deepEqual(await figuresRow('Commitments kept: state side and non-state side', 'State side'), ['State side', '100%', '1', '0', '0', '0', '0']);
    const csv = await page.getByRole('link', { name: 'Download the figures (CSV)' }).getAttribute('href');
    assert.equal(csv, '/api/dashboard/portfolio?format=csv&lang=en');
    const download = await fetch(browser.url(csv), { headers: { cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') } });
    assert.equal(download.status, 200);
    assert.match(download.headers.get('content-type') ?? '', /text\/csv/);

    await page.getByLabel('Function', { exact: true }).selectOption({ label: 'Monitoring of public services' });
    await page.waitForURL((url) => url.searchParams.get('function') === 'service_monitoring');
    await waitForTexts(headline, ['2']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await waitForTexts(headline, ['4']);
    await drawEveryChart();
    await browser.screenshot('dashboard-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await chartDrawnIn('Partnerships by status');
    await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, { timeout: 5_000 });
    await browser.screenshot('dashboard-phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: 'Time per step' }).click();
    await page.getByRole('heading', { level: 1, name: 'Time per step' }).waitFor();
    await chartDrawnIn('Days spent in each status');
    await browser.screenshot('cycle-times');
    const slowest = page.getByRole('region', { name: 'Where partnerships wait longest' }).getByRole('link').first();
    const step = (await slowest.locator('.insight-slowest-step').textContent()).trim();
    await slowest.click();

    await page.getByRole('heading', { level: 1, name: `Waiting longest: ${step}` }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/dashboard/stuck');
    const first = page.getByRole('region', { name: 'Partnerships waiting' }).getByRole('link').first();
    const title = (await first.textContent()).trim();
    await browser.screenshot('stuck-list');
    await first.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/partnerships\/[0-9a-f-]{36}$/);

    await page.goto(browser.url('/dashboard'));
    await page.getByRole('banner').getByRole('button', { name: 'ខ្មែរ' }).click();
    await page.getByRole('heading', { level: 1, name: 'ផ្ទាំងគ្រប់គ្រង' }).waitFor();
    await chartDrawnIn('ភាពជាដៃគូតាមស្ថានភាព');
    await drawEveryChart();
    await browser.screenshot('dashboard-km');
    await browser.screenshotOf(page.getByRole('region', { name: 'ភាពជាដៃគូតាមស្ថានភាព' }), 'status-chart-km');
  });
});
