// Monitoring in a real browser: the administrator keeps the indicator library (adds an indicator broken down by sex,
// archives another); a partnership is made active and given an indicator the Khmer Community Health Association
// reports on, through the API (as in joint-work); then the association's officer adds the library indicator to it,
// sees the late reporting periods flagged, writes the report of the latest one (a value, and a total broken down by
// sex) and submits it, the Takéo provincial officer sends it back with a comment, the association corrects a value
// (a new version) and resubmits, and the provincial officer validates it (checked once in Khmer, with the CSV
// download). The tests run in order and share the report. Sign-ins: 4 through the API, 5 in the browser (the login
// throttle allows 10 a minute).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { useBrowser, waitForTexts } from './browser-harness.mjs';
import { demoAccounts } from './server.mjs';
import { apiWalk, CSO_PARTY as cso } from './api-walk.mjs';

const browser = useBrowser();
const { activePartnership, call, openSignedIn } = apiWalk(browser);
const indicatorName = 'Health centres with the budget posted';
const libraryName = 'People who took part in budget meetings';
const libraryNameKm = 'ប្រជាពលរដ្ឋដែលបានចូលរួមកិច្ចប្រជុំថវិកា';
const sendBackComment = 'Bati has six health centres, not seven: please check the count.';
let partnershipPath;
let reportPath;

const badge = () => browser.page.getByRole('region', { name: /^Report|^របាយការណ៍/ }).locator('.badge').first();
const reportsRegion = () => browser.page.getByRole('region', { name: 'Reports', exact: true });

describe('indicator library', () => {
  test('the administrator adds an indicator broken down by sex, and archives one no longer used', async () => {
    const { page } = browser;
    await openSignedIn('/indicator-library', demoAccounts.admin);
    await page.getByText('The library has no indicators yet.').waitFor();

    for (const [name, nameKm] of [
      ['Households visited', 'គ្រួសារដែលបានចុះសួរសុខទុក្ខ'],
      [libraryName, libraryNameKm],
    ]) {
      await page.getByRole('link', { name: 'Add an indicator' }).click();
      await page.getByRole('button', { name: 'Add to the library' }).click();
      await page.locator('.field-error').first().waitFor();
      await page.getByLabel('Name in English').fill(name);
      await page.getByLabel('Name in Khmer').fill(nameKm);
      await page.getByLabel('Unit', { exact: true }).fill('people');
      await page.getByLabel('Reporting frequency').selectOption({ label: 'Quarterly' });
      if (name === libraryName) {
        await page.getByRole('checkbox', { name: 'Sex' }).check();
        await page.getByLabel('Sector (optional)').selectOption({ label: 'Governance' });
      }
      await page.getByRole('button', { name: 'Add to the library' }).click();
      await page.getByRole('article', { name }).waitFor();
    }
    const card = page.getByRole('article', { name: libraryName });
    await card.getByText(libraryNameKm).waitFor();
    await card.getByText('Sex', { exact: true }).waitFor();
    await browser.screenshot('library-list');

    await card.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel('How to measure it (optional)').fill('Everyone on the attendance sheets of the commune budget meetings.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('article', { name: libraryName }).getByText('Everyone on the attendance sheets').waitFor();

    await page.getByRole('article', { name: 'Households visited' }).getByRole('button', { name: 'Archive' }).click();
    const dialog = page.getByRole('dialog', { name: 'Archive “Households visited”?' });
    await dialog.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('article', { name: 'Households visited' }).waitFor({ state: 'detached' });
    await page.getByLabel('Show archived indicators too').check();
    await page.getByRole('article', { name: 'Households visited' }).getByText('Archived').waitFor();
    assert.match(await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href'), /format=csv.*includeArchived=true|includeArchived=true.*format=csv/);
  });
});

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

  test('the CSO officer adds the library indicator, sees the late periods, writes the latest one and submits it', async () => {
    const { page } = browser;
    await openSignedIn(`${partnershipPath}?tab=monitoring`, demoAccounts.csoOfficer);
    const indicator = page.getByRole('article', { name: indicatorName });
    await indicator.getByText('0 → 6').waitFor();
    await indicator.getByText('Quarterly').waitFor();
    await indicator.getByText('No validated value yet.').waitFor();
    await page.getByText('No reports yet.').waitFor();

    const form = page.getByRole('form', { name: 'Add an indicator' });
    await form.getByRole('button', { name: 'Add the indicator' }).click();
    await form.getByText('Required').first().waitFor();
    await form.getByLabel('Search the library').fill('budget');
    const choice = form.getByRole('button', { name: new RegExp(libraryName) });
    await choice.waitFor();
    await browser.screenshotOf(form, 'library-picker');
    await choice.click();
    await form.getByText(`From the library: ${libraryName}`).waitFor();
    assert.equal(await form.getByLabel('Reporting frequency').inputValue(), 'quarterly', 'the library fills the frequency in');
    assert.ok(await form.getByRole('checkbox', { name: 'Sex' }).isChecked(), 'and the breakdown');
    await form.getByLabel('Baseline').fill('0');
    await form.getByLabel('Target').fill('400');
    await form.getByLabel('Responsible party').selectOption({ label: cso });
    await browser.screenshotOf(form, 'indicator-from-library');
    await form.getByRole('button', { name: 'Add the indicator' }).click();
    const fromLibrary = page.getByRole('article', { name: libraryName });
    await fromLibrary.getByText('0 → 400').waitFor();
    await fromLibrary.getByText('Sex', { exact: true }).waitFor();

    const periods = page.getByRole('region', { name: 'Reporting periods' });
    const late = periods.locator('tr.period-late');
    await late.first().getByText('Late').waitFor();
    const lateBefore = await late.count();
    assert.equal(await late.first().locator('.badge-late').evaluate((element) => getComputedStyle(element).backgroundColor), 'rgb(164, 38, 28)', 'late is flagged in red');
    await browser.screenshotOf(periods, 'reporting-periods');
    await late.first().getByRole('button', { name: 'Write this report' }).click();

    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.locator('.field-error').first().waitFor();
    await page.getByLabel('Value', { exact: true }).fill('7');
    await page.getByLabel('Note (optional)').first().fill('Counted on the notice boards');
    await page.getByLabel('Total').fill('120');
    const bySex = page.getByRole('group', { name: 'Sex', exact: true });
    await bySex.getByLabel('Female', { exact: true }).fill('70');
    await bySex.getByLabel('Male', { exact: true }).fill('45');
    await bySex.getByText('Sum of the categories: 115; the total is 120.').waitFor();
    await bySex.getByLabel('Other', { exact: true }).fill('5');
    await bySex.getByText('Sum of the categories: 120, the same as the total.').waitFor();
    await page.getByLabel('Narrative').fill('Budgets were posted after the commune meetings.');
    await browser.screenshot('report-form-breakdown');
    await page.getByRole('button', { name: 'Save as draft' }).click();

    await page.waitForURL((url) => url.searchParams.has('report'));
    reportPath = `${partnershipPath}?tab=monitoring&report=${new URL(page.url()).searchParams.get('report')}`;
    await waitForTexts(badge(), ['Draft']);
    await page.getByRole('cell', { name: '7 health centres' }).waitFor();
    await page.getByRole('cell', { name: /^120 people/ }).getByText('Sex: Female 70 · Male 45 · Other 5').waitFor();
    await page.getByRole('button', { name: 'Submit report' }).click();
    await waitForTexts(badge(), ['Submitted']);
    assert.equal(await page.getByRole('button', { name: 'Validate' }).count(), 0, 'the reporting party does not validate its own report');
    await page.getByText('Nothing has happened to this report yet.').waitFor({ state: 'detached' });
    await browser.screenshot('report-submitted');

    await page.getByRole('link', { name: 'All reports' }).click();
    await waitForTexts(reportsRegion().locator('.badge'), ['Submitted']);
    // A submitted report is no longer late.
    await waitForTexts(late.locator('.badge-late'), Array(lateBefore - 1).fill('Late'));
  });

  test('the SNA officer sends it back with a comment', async () => {
    const { page } = browser;
    await openSignedIn(`${partnershipPath}?tab=monitoring`, demoAccounts.snaOfficer);
    await waitForTexts(reportsRegion().locator('.badge'), ['Submitted']);
    await page.setViewportSize({ width: 390, height: 844 });
    await browser.screenshot('monitoring-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
    await reportsRegion().getByRole('table').getByRole('link').click();
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
    const progress = page.getByRole('article', { name: indicatorName }).locator('.indicator-progress');
    await progress.waitFor();
    assert.equal(await progress.getAttribute('value'), '100');
    assert.equal(await page.getByRole('article', { name: libraryName }).locator('.indicator-progress').getAttribute('value'), '30');

    const csv = await page.getByRole('link', { name: 'ទាញយក CSV៖ សូចនាករ' }).getAttribute('href');
    assert.match(csv, /format=csv/);
    assert.match(csv, /lang=km/);
    const download = await page.context().request.get(browser.url(csv));
    assert.equal(download.status(), 200);
    const text = (await download.body()).toString('utf8');
    assert.ok(text.startsWith('\uFEFF'), 'UTF-8 with a BOM, so Excel reads Khmer');
    assert.ok(text.includes('មណ្ឌលសុខភាពដែលបានបិទផ្សាយថវិកា'), 'the Khmer names');
  });
});
