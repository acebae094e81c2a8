// Offline data in a real browser: an active partnership (through the API) and two service points; the association's
// officer imports a KoboToolbox-style CSV export (group paths in the column names, Khmer text, a quoted line break,
// two bad rows) through the wizard — chooses the file, sees its columns and first rows, matches the columns
// (the fields named alike come matched; the criteria are named), starts — watches the progress reach the end,
// reads the two row errors and downloads the error report. The same file again, in Khmer, is matched with the saved
// mapping and leads to the same import. Sign-ins: 6 through the API, 2 in the browser (the throttle allows 10 a minute).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, test } from 'node:test';
import { useBrowser, waitForTexts } from './browser-harness.mjs';
import { demoAccounts } from './server.mjs';
import { apiWalk } from './api-walk.mjs';

const browser = useBrowser();
const { activePartnership, call, openSignedIn, tokenOf } = apiWalk(browser);
const fileName = 'bati-scorecards-2026.csv';
const unknownServicePoint = '7d1c2f0e-5b4a-4c3d-9e8f-0a1b2c3d4e5f';
let partnershipId;
let csv;

/** A CSV as KoboToolbox exports it: metadata columns, group paths, quoted cells where needed. */
function koboCsv(rows) {
  const quote = (cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return rows.map((row) => row.map((cell) => quote(String(cell))).join(',')).join('\r\n') + '\r\n';
}

describe('importing offline scorecard data', () => {
  before(async () => {
    const { id, sna } = await activePartnership('Scorecards of the Bati health centres imported');
    partnershipId = id;
    const point = (name, nameKm) => call(sna, 'POST', '/api/service-points', { name, nameKm, kind: 'health_centre', adminUnitCode: '210201' });
    const trapeang = await point('Trapeang Sab health centre', 'មណ្ឌលសុខភាពត្រពាំងសាប');
    const kampong = await point('Kampong Chrey health centre', 'មណ្ឌលសុខភាពកំពង់ជ្រៃ');
    csv = koboCsv([
      ['start', 'end', 'grp_round/service_point', 'grp_round/round_date', 'grp_people/female', 'grp_people/male', 'grp_people/disability', 'grp_people/id_poor',
        'grp_scores/citizen_waiting_time', 'grp_scores/provider_waiting_time', 'grp_scores/citizen_staff_attitude', 'grp_scores/provider_staff_attitude', 'grp_notes/comment_km', '_id', '_uuid'],
      ['2026-03-10T08:01:00+07:00', '2026-03-10T10:40:00+07:00', trapeang.id, '2026-03-10', 14, 9, 2, 5, 2, 4, 3, 4, 'អ្នកជំងឺរង់ចាំយូរពេក', 101, 'a1'],
      ['2026-03-12T08:05:00+07:00', '2026-03-12T11:02:00+07:00', kampong.id, '2026-03-12', 11, 7, 1, 3, 3, 4, 4, 5, 'បុគ្គលិករួសរាយ\nប៉ុន្តែខ្វះថ្នាំ', 102, 'a2'],
      ['2026-03-15T07:58:00+07:00', '2026-03-15T09:30:00+07:00', trapeang.id, '2026-03-15', 10, 8, 0, 2, 7, 4, 3, 4, 'ពិន្ទុខុស', 103, 'a3'],
      ['2026-06-02T08:10:00+07:00', '2026-06-02T10:15:00+07:00', kampong.id, '2026-06-02', 16, 12, 3, 6, 3.5, 4, 4, 4, 'ល្អប្រសើរជាងមុន', 104, 'a4'],
      ['2026-06-04T08:00:00+07:00', '2026-06-04T09:45:00+07:00', unknownServicePoint, '2026-06-04', 9, 9, 1, 2, 3, 3, 3, 3, 'មណ្ឌលមិនស្គាល់', 105, 'a5'],
      ['2026-06-05T08:20:00+07:00', '2026-06-05T10:05:00+07:00', trapeang.id, '2026-06-05', 13, 10, 2, 4, 3, 4, 4, 4, 'រង់ចាំខ្លីជាងមុន', 106, 'a6'],
    ]);
  });

  test('the officer imports a Kobo export through the wizard, sees the two row errors and downloads the error report', async () => {
    const { page } = browser;
    await openSignedIn(`/partnerships/${partnershipId}?tab=monitoring`, demoAccounts.csoOfficer);
    const offline = page.getByRole('region', { name: 'Offline data' });
    await offline.getByText('No file imported yet.').waitFor();
    await offline.getByRole('link', { name: 'Import a CSV file' }).click();

    const wizard = page.getByRole('region', { name: 'Import scorecard rounds from a CSV file' });
    await waitForTexts(wizard.locator('.import-steps [aria-current="step"]'), ['1. Choose the file']);
    await wizard.getByRole('button', { name: 'Next: see the columns' }).click();
    await wizard.getByText('Choose a CSV file.').waitFor();
    await wizard.getByLabel('CSV file').setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await browser.screenshot('import-1-file');
    await wizard.getByRole('button', { name: 'Next: see the columns' }).click();

    await waitForTexts(wizard.locator('.import-steps [aria-current="step"]'), ['2. Match the columns']);
    const preview = wizard.getByRole('region', { name: "The file's first rows" });
    await preview.getByRole('columnheader', { name: 'grp_scores/citizen_waiting_time' }).waitFor();
    await preview.getByText('អ្នកជំងឺរង់ចាំយូរពេក').waitFor();
    await wizard.getByText('Columns named like the fields are matched already.').waitFor();
    assert.equal(await wizard.getByLabel('Service point').inputValue(), 'grp_round/service_point');
    assert.equal(await wizard.getByLabel('Date of the round').inputValue(), 'grp_round/round_date');
    assert.equal(await wizard.getByLabel('Participants from ID-poor households (optional)').inputValue(), 'grp_people/id_poor');
    assert.equal(await wizard.getByLabel('Young participants (optional)').inputValue(), '', 'the form did not ask about youth');
    const first = wizard.getByRole('group', { name: 'Criterion 1' });
    assert.equal(await first.getByLabel("Citizens' score").inputValue(), 'grp_scores/citizen_waiting_time');
    assert.equal(await first.getByLabel("Providers' score").inputValue(), 'grp_scores/provider_waiting_time');
    await first.getByLabel('Name of the criterion').fill('Waiting time (រយៈពេលរង់ចាំ)');
    await wizard.getByRole('group', { name: 'Criterion 2' }).getByLabel('Name of the criterion').fill('Staff attitude (ឥរិយាបថបុគ្គលិក)');
    await wizard.getByLabel('Save this matching as').fill('Bati scorecard form 2026');
    await browser.screenshot('import-2-columns');
    await page.setViewportSize({ width: 390, height: 844 });
    await browser.screenshot('import-2-columns-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
    await wizard.getByRole('button', { name: 'Next: check and start' }).click();

    await waitForTexts(wizard.locator('.import-steps [aria-current="step"]'), ['3. Start the import']);
    await wizard.getByText(fileName).waitFor();
    await wizard.getByText('citizens: grp_scores/citizen_staff_attitude · providers: grp_scores/provider_staff_attitude').waitFor();
    await browser.screenshot('import-3-start');
    await wizard.getByRole('button', { name: 'Start the import' }).click();

    await page.waitForURL((url) => /^[0-9a-f-]{36}$/.test(url.searchParams.get('import') ?? ''));
    const progress = page.getByRole('progressbar', { name: 'Rows imported' });
    await progress.waitFor();
    // Six data rows, the second with a line break inside a quoted cell.
    await page.locator('[role="progressbar"][aria-valuenow="6"][aria-valuemax="6"]').waitFor({ timeout: 30_000 });
    assert.equal(await progress.getAttribute('aria-valuetext'), '6 of 6 rows');
    const status = page.getByRole('region', { name: `Import of ${fileName}` });
    await status
      .getByText('scorecard rounds imported')
      .waitFor({ timeout: 60_000 })
      .catch((error) => assert.fail(`${error.message}\n${browser.serverOutput()}`));
    await waitForTexts(status.locator('.import-count strong'), ['4', '2']);
    const errors = status.getByRole('region', { name: 'Rows not imported' });
    await waitForTexts(errors.locator('tbody tr'), [
      '4grp_scores/citizen_waiting_timeMust be a score from 1 to 5, with at most two decimals',
      '6grp_round/service_pointNo service point has this id',
    ]);
    await browser.screenshot('import-4-result');

    const [download] = await Promise.all([page.waitForEvent('download'), errors.getByRole('link', { name: 'Download the error report' }).click()]);
    const report = await readFile(await download.path(), 'utf8');
    assert.ok(report.startsWith('\uFEFF'), 'UTF-8 with a BOM, so Excel reads it');
    const lines = report.slice(1).trim().split(/\r?\n/);
    assert.equal(lines.length, 3, 'a header and the two row errors');
    assert.match(lines[1], /^4,grp_scores\/citizen_waiting_time,/);
    assert.match(lines[2], /^6,grp_round\/service_point,No service point has this id$/);

    await status.getByRole('link', { name: 'Back to monitoring' }).click();
    await waitForTexts(offline.locator('tbody tr td:first-child'), [fileName]);
    await waitForTexts(offline.locator('tbody tr .badge'), ['Done']);
    const rounds = await call(await tokenOf(demoAccounts.snaOfficer), 'GET', `/api/partnerships/${partnershipId}/scorecards`);
    assert.deepEqual(rounds.map((round) => round.date).sort(), ['2026-03-10', '2026-03-12', '2026-06-02', '2026-06-05']);
  });

  test('the same file again, in Khmer: matched with the saved mapping, and not imported twice', async () => {
    const { page } = browser;
    await openSignedIn(`/partnerships/${partnershipId}?tab=monitoring`, demoAccounts.csoOfficer);
    await page.getByRole('banner').getByRole('button', { name: 'ខ្មែរ' }).click();
    const firstImport = await call(await tokenOf(demoAccounts.csoOfficer), 'GET', `/api/partnerships/${partnershipId}/imports`);
    assert.equal(firstImport.items.length, 1);
    await page.getByRole('link', { name: 'នាំចូលឯកសារ CSV' }).click();
    await page.getByLabel('ឯកសារ CSV', { exact: true }).setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'បន្ទាប់៖ មើលជួរឈរ' }).click();
    await page.getByText('ជួរឈរត្រូវបានផ្គូផ្គងតាមការផ្គូផ្គងដែលបានរក្សាទុក «Bati scorecard form 2026»។').waitFor();
    assert.equal(await page.getByLabel('ឈ្មោះលក្ខណៈវិនិច្ឆ័យ').first().inputValue(), 'Waiting time (រយៈពេលរង់ចាំ)');
    await browser.screenshot('import-2-saved-mapping-km');
    await page.getByRole('button', { name: 'បន្ទាប់៖ ពិនិត្យ ហើយចាប់ផ្តើម' }).click();
    await page.getByRole('button', { name: 'ចាប់ផ្តើមនាំចូល' }).click();
    await page.waitForURL((url) => url.searchParams.get('import') === firstImport.items[0].id);
    await page.getByText('គ្មានចំណុចផ្តល់សេវាណាមានលេខសម្គាល់នេះទេ').waitFor();
    await browser.screenshot('import-4-result-km');
  });
});
