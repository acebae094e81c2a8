// Monitoring in a real browser: a partnership is made active and given an indicator the Khmer Community Health
// Association reports on, through the API (as in joint-work); then the association's officer writes and submits a
// report, the Takéo provincial officer sends it back with a comment, the association corrects a value (a new
// version) and resubmits, and the provincial officer validates it (checked once in Khmer). The tests run in order
// and share the report. Sign-ins: 4 through the API, 4 in the browser (the login throttle allows 10 a minute).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { useBrowser, waitForTexts } from './browser-harness.mjs';
import { demoAccounts } from './server.mjs';
import { apiWalk, CSO_PARTY as cso, daysFromToday } from './api-walk.mjs';

const browser = useBrowser();
const { activePartnership, call, openSignedIn } = apiWalk(browser);
const indicatorName = 'Health centres with the budget posted';
const sendBackComment = 'Bati has six health centres, not seven: please check the count.';
let partnershipPath;
let reportPath;

const badge = () => browser.page.getByRole('region', { name: /^Report|^របាយការណ៍/ }).locator('.badge').first();

describe('monitoring: a report submitted, sent back, corrected and validated', () => {
  before(async () => {
    const { id, sna, idOf } = await activePartnership('Health centre services monitored with citizens in Bati');
    const csoId = idOf(cso);
    await call(sna, 'POST', `/api/partnerships/${id}/indicators`, {
      name: indicatorName,
      nameKm: 'មណ្ឌលសុខភាពដែលបានបិទផ្សាយថវិកា',
      unit: 'health centres',
      baseline: 0,
      target: 6,
      frequency: 'quarterly',
      responsibleOrganizationId: csoId,
    });
    partnershipPath = `/partnerships/${id}`;
  });

  test('the CSO officer sees the indicator, writes a report and submits it', async () => {
    const { page } = browser;
    await openSignedIn(`${partnershipPath}?tab=monitoring`, demoAccounts.csoOfficer);
    const indicator = page.getByRole('article', { name: indicatorName });
    await indicator.getByText('0 → 6').waitFor();
    await indicator.getByText('Quarterly').waitFor();
    await indicator.getByText('No validated value yet.').waitFor();
    await page.getByText('No reports yet.').waitFor();

    await page.getByRole('button', { name: 'Write a report' }).click();
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.locator('.field-error').first().waitFor();
    await page.getByLabel('Period start').fill(daysFromToday(-100));
    await page.getByLabel('Period end').fill(daysFromToday(-10));
    await page.getByLabel('Value', { exact: true }).fill('7');
    await page.getByLabel('Note (optional)').fill('Counted on the notice boards');
    await page.getByLabel('Narrative').fill('Budgets were posted after the commune meetings.');
    await page.getByRole('button', { name: 'Save as draft' }).click();

    await page.waitForURL((url) => url.searchParams.has('report'));
    reportPath = `${partnershipPath}?tab=monitoring&report=${new URL(page.url()).searchParams.get('report')}`;
    await waitForTexts(badge(), ['Draft']);
    await page.getByRole('cell', { name: '7 health centres' }).waitFor();
    await page.getByRole('button', { name: 'Submit report' }).click();
    await waitForTexts(badge(), ['Submitted']);
    assert.equal(await page.getByRole('button', { name: 'Validate' }).count(), 0, 'the reporting party does not validate its own report');
    await page.getByText('Nothing has happened to this report yet.').waitFor({ state: 'detached' });
    await browser.screenshot('report-submitted');
  });

  test('the SNA officer sends it back with a comment', async () => {
    const { page } = browser;
    await openSignedIn(`${partnershipPath}?tab=monitoring`, demoAccounts.snaOfficer);
    await waitForTexts(page.getByRole('table').locator('.badge'), ['Submitted']);
    await page.getByRole('table').getByRole('link').click();
    await page.getByRole('button', { name: 'Send back' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send the report back' });
    await dialog.getByRole('button', { name: 'Send back' }).click();
    await dialog.getByText('Say what should be corrected.').waitFor();
    await dialog.getByLabel('What should be corrected? (required)').fill(sendBackComment);
    await dialog.getByRole('button', { name: 'Send back' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitForTexts(badge(), ['Sent back']);
    await page.getByText(sendBackComment).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Edit the report' }).count(), 0, 'only the reporting party corrects it');
  });

  test('the CSO officer corrects the value as a new version and resubmits', async () => {
    const { page } = browser;
    await openSignedIn(reportPath, demoAccounts.csoOfficer);
    await waitForTexts(badge(), ['Sent back']);
    await page.getByText(sendBackComment).waitFor();
    await page.getByRole('button', { name: 'Edit the report' }).click();
    await page.getByText('saving your changes creates version 2').waitFor();
    await page.getByLabel('Value', { exact: true }).fill('6');
    await page.getByRole('button', { name: 'Save the report' }).click();
    await page.getByRole('cell', { name: '6 health centres' }).waitFor();
    await page.getByText(/Version 2/).first().waitFor();
    await page.getByRole('button', { name: 'Submit report' }).click();
    await waitForTexts(badge(), ['Submitted']);
    await browser.screenshot('report-resubmitted');
  });

  test('the SNA officer validates it: validated, in English and in Khmer, and the indicator shows progress', async () => {
    const { page } = browser;
    await openSignedIn(reportPath, demoAccounts.snaOfficer);
    await waitForTexts(badge(), ['Submitted']);
    await page.getByRole('cell', { name: '6 health centres' }).waitFor();
    await page.getByRole('button', { name: 'Validate' }).click();
    await waitForTexts(badge(), ['Validated']);
    assert.equal(await page.getByRole('button', { name: 'Send back' }).count(), 0, 'a validated report has no more steps');
    const history = page.locator('.report-history li strong');
    await waitForTexts(history, ['Submit report', 'Send back', 'Submit report', 'Validate']);

    await page.getByRole('banner').getByRole('button', { name: 'ខ្មែរ' }).click();
    await waitForTexts(badge(), ['បានផ្ទៀងផ្ទាត់']);
    await page.getByText('មណ្ឌលសុខភាពដែលបានបិទផ្សាយថវិកា').waitFor();
    await browser.screenshot('report-validated-km');

    await page.getByRole('link', { name: 'របាយការណ៍ទាំងអស់' }).click();
    await page.locator('.indicator-progress').waitFor();
    assert.equal(await page.locator('.indicator-progress').getAttribute('value'), '100');
  });
});
