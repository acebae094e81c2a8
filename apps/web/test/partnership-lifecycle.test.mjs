// A partnership from proposal to active in a real browser against the real, built API with demo data: the
// Takéo provincial officer proposes it with the Khmer Community Health Association, the MoI reviewer accepts,
// the officer writes the MoU in Khmer and English from the template, the reviewer approves, both signatories
// sign in the sign dialog, and it shows as active. The tests run in order and share the partnership.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useBrowser, waitForTexts } from './browser-harness.mjs';
import { demoAccounts } from './server.mjs';

const browser = useBrowser();
const title = 'Community scorecards for health centres in Bati';
let partnershipPath;

async function openSignedIn(path, account) {
  const { page } = browser;
  await page.goto(browser.url(path));
  await browser.signIn(account);
  await page.waitForURL((url) => url.pathname === path.split('?')[0]);
}

async function takeStep(label) {
  const { page } = browser;
  await page.getByRole('group', { name: 'What you can do now' }).getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: label });
  await dialog.getByRole('button', { name: label, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function expectStatus(label) {
  await browser.page.locator('.page-subtitle .status').getByText(label, { exact: true }).waitFor();
}

describe('partnership lifecycle', () => {
  test('the SNA officer proposes a partnership, told what is missing, and submits it', async () => {
    const { page } = browser;
    await openSignedIn('/partnerships', demoAccounts.snaOfficer);
    await page.getByRole('heading', { level: 1, name: 'Partnerships' }).waitFor();
    await page.getByRole('link', { name: 'New proposal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Propose a partnership' }).waitFor();

    const parties = page.getByRole('group', { name: 'Parties' });
    const chosenParties = parties.locator('.entry-list > li');
    await waitForTexts(chosenParties.locator('span[lang]'), ['Takéo Provincial Administration']);
    assert.equal(await chosenParties.getByRole('button', { name: 'Remove' }).count(), 0, 'the own organisation cannot be removed');

    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await parties.getByText('A partnership needs at least two parties').waitFor();
    await page.getByText('Choose at least one administrative area').waitFor();

    await page.getByLabel('Function', { exact: true }).selectOption({ label: 'Monitoring of public services' });
    await page.getByLabel('Form', { exact: true }).selectOption({ label: 'Collaboration' });
    await page.getByLabel('Goals').fill('Citizens score the health centres of Bati twice a year; the district acts on the results.');
    await parties.getByRole('searchbox', { name: 'Search by name' }).fill('Khmer Community');
    const candidate = parties.getByRole('combobox', { name: 'Add a party from the registry' });
    await candidate.locator('option', { hasText: 'Khmer Community Health Association' }).waitFor({ state: 'attached' });
    await candidate.selectOption({ label: 'Khmer Community Health Association' });
    await parties.getByRole('button', { name: 'Add party' }).click();
    await waitForTexts(chosenParties.locator('span[lang]'), ['Takéo Provincial Administration', 'Khmer Community Health Association']);

    const area = page.getByRole('group', { name: 'Add an area' });
    await area.getByLabel('Capital or province').selectOption({ label: 'Takéo' });
    await area.getByLabel('Municipality, district or khan').selectOption({ label: 'Bati' });
    await page.getByRole('button', { name: 'Add area' }).click();
    await page.getByText('Takéo › Bati').waitFor();
    await page.getByRole('group', { name: 'Sectors' }).getByLabel('Health').check();
    await page.getByLabel('Start date').fill('2027-01-01');
    await page.getByLabel('End date').fill('2027-12-31');

    await page.getByRole('button', { name: 'Add a contribution' }).click();
    const contribution = page.getByRole('group', { name: 'Contribution 1' });
    await contribution.getByLabel('Khmer Community Health Association').check();
    await contribution.getByLabel('Kind of contribution').selectOption({ label: 'Staff' });
    await contribution.getByLabel('Description').fill('Two facilitators for the scorecard meetings');
    await contribution.getByLabel('Amount (optional)').fill('1200');
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await contribution.getByText('Give the currency of the amount').waitFor();
    await contribution.getByLabel('Currency').fill('usd');
    await page.getByRole('button', { name: 'Add a risk' }).click();
    const risk = page.getByRole('group', { name: 'Risk 1' });
    await risk.getByLabel('Description').fill('Health centre staff feel judged by the scores');
    await risk.getByLabel('Shared by all parties').check();
    await browser.screenshot('partnership-new-en');

    await page.getByRole('button', { name: 'Save the draft' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    partnershipPath = new URL(page.url()).pathname;
    await expectStatus('Draft');
    await page.getByText('Staff — Two facilitators for the scorecard meetings').waitFor();
    await page.getByText('(1,200 USD)').waitFor();

    await takeStep('Submit proposal');
    await expectStatus('Proposal under review');
    await browser.screenshot('partnership-submitted-en');
    const timeline = page.locator('ol.timeline');
    await waitForTexts(timeline.locator('.timeline-action strong'), ['Proposal created', 'Submit proposal']);
    await timeline.getByText('Vuthy Sna (you)').first().waitFor();
  });

  test('the MoI reviewer accepts the proposal, with the same screen in Khmer', async () => {
    const { page } = browser;
    await openSignedIn(partnershipPath, demoAccounts.reviewer);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // A comment is asked for when returning a proposal, and only there.
    await page.getByRole('group', { name: 'What you can do now' }).getByRole('button', { name: 'Return proposal' }).click();
    const returning = page.getByRole('dialog', { name: 'Return proposal' });
    await returning.getByRole('button', { name: 'Return proposal' }).click();
    await returning.getByText('Write a comment for the parties.').waitFor();
    await returning.getByRole('button', { name: 'Cancel' }).click();

    await takeStep('Accept proposal');
    await expectStatus('Drafting the MoU');
    // The parties and the reviewer see who took each step: the officer's name and organisation, not "another user".
    await page.locator('ol.timeline').getByText('Vuthy Sna (Takéo Provincial Administration)').first().waitFor();
    await page.getByRole('banner').getByRole('button', { name: 'ខ្មែរ' }).click();
    await page.locator('.page-subtitle .status').getByText('កំពុងព្រាងអនុស្សរណៈ').waitFor();
    await page.locator('ol.timeline').getByText('ទទួលយកសំណើ').waitFor();
    // The organisation by its Khmer name for a reader in Khmer.
    await page.locator('ol.timeline').getByText('Vuthy Sna (រដ្ឋបាលខេត្តតាកែវ)').first().waitFor();
    await browser.screenshot('partnership-accepted-km');
  });

  test('the SNA officer writes the MoU in Khmer and English from the template, compares versions and submits it', async () => {
    const { page } = browser;
    await openSignedIn(partnershipPath, demoAccounts.snaOfficer);
    await page.getByRole('navigation', { name: 'Parts of the partnership' }).getByRole('link', { name: 'MoU' }).click();
    await page.getByRole('heading', { name: 'Write a new MoU version' }).waitFor();
    await page.getByText('Starting from the template for this function').waitFor();
    const firstClause = page.getByRole('group', { name: 'Clause 1' });
    const khmerText = firstClause.getByLabel('Text in Khmer');
    assert.ok((await khmerText.inputValue()).length > 0, 'the template brings Khmer text');
    assert.ok((await firstClause.getByLabel('Text in English').inputValue()).includes(title), 'prefilled from the proposal');
    await khmerText.fill('ភាគីទាំងពីរយល់ព្រមរៀបចំប័ណ្ណដាក់ពិន្ទុសហគមន៍ នៅមណ្ឌលសុខភាពក្នុងស្រុកបាទី។');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page.getByText('Version 1 was saved.').waitFor();

    await page.getByText('Starting from version 1').waitFor();
    const englishText = page.getByRole('group', { name: 'Clause 1' }).getByLabel('Text in English');
    await englishText.fill(`${await englishText.inputValue()} Results are published every six months.`);
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page.getByText('Version 2 was saved.').waitFor();
    const diff = page.getByRole('list', { name: 'Changes from version 1 to version 2' });
    await diff.locator('ins', { hasText: 'six' }).first().waitFor();
    await browser.screenshot('partnership-mou-en');
    await browser.screenshotOf(page.getByRole('group', { name: 'Clause 1' }), 'partnership-mou-clause-en');
    await browser.screenshotOf(diff.locator('li').first(), 'partnership-mou-diff-en');

    await takeStep('Submit MoU');
    await expectStatus('MoU under review');
  });

  test('the MoI reviewer approves the MoU', async () => {
    const { page } = browser;
    await openSignedIn(`${partnershipPath}?tab=mou`, demoAccounts.reviewer);
    await page.getByRole('heading', { name: 'Compare two versions' }).waitFor();
    await takeStep('Approve');
    await expectStatus('Awaiting signatures');
  });

  test("the provincial signatory signs exactly the approved version, seeing its hash", async () => {
    const { page } = browser;
    await openSignedIn(partnershipPath, demoAccounts.snaSignatory);
    const approved = await (await page.request.get(browser.url(`/api${partnershipPath}/mou/versions/2`))).json();
    await page.getByRole('group', { name: 'What you can do now' }).getByRole('button', { name: 'Sign', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign version 2 of the MoU' });
    await dialog.getByText(approved.textHash, { exact: true }).waitFor();
    const sign = dialog.getByRole('button', { name: 'Sign', exact: true });
    assert.equal(await sign.isDisabled(), true, 'Sign waits until the version is confirmed as read');
    await dialog.getByLabel(`I have read version 2 (hash ${approved.textHash.slice(0, 12)}…)`).check();
    await browser.screenshot('partnership-sign-dialog-en');
    await sign.click();
    await dialog.waitFor({ state: 'hidden' });
    await expectStatus('Awaiting signatures');
    await page.locator('.party-list li', { hasText: 'Takéo Provincial Administration' }).getByText('✓ Signed').waitFor();
  });

  test('the association signs last, from its notification, and the partnership is active', async () => {
    const { page } = browser;
    await openSignedIn('/notifications', demoAccounts.csoSignatory);
    await page.getByRole('navigation', { name: 'Main navigation' }).locator('.count-badge').waitFor();
    const notifications = page.getByRole('region', { name: 'Your notifications' });
    await notifications.locator('.notification-unread').first().waitFor();
    await browser.screenshot('notifications-en');
    await notifications.locator('.notification-unread').first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    const approved = await (await page.request.get(browser.url(`/api${partnershipPath}/mou/versions/2`))).json();
    await page.getByRole('group', { name: 'What you can do now' }).getByRole('button', { name: 'Sign', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign version 2 of the MoU' });
    await dialog.getByText(approved.textHash, { exact: true }).waitFor();
    await dialog.getByRole('checkbox').check();
    await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
    await expectStatus('Active');
    await page.getByRole('navigation', { name: 'Parts of the partnership' }).getByRole('link', { name: 'Amendments' }).waitFor();
    await browser.screenshot('partnership-active-en');

    await page.getByRole('banner').getByRole('button', { name: 'ខ្មែរ' }).click();
    await page.locator('.page-subtitle .status').getByText('សកម្ម', { exact: true }).waitFor();
    await browser.screenshot('partnership-active-km');
    await page.getByRole('navigation', { name: 'ការរុករកចម្បង' }).getByRole('link', { name: 'ភាពជាដៃគូ' }).click();
    await page.getByRole('region', { name: 'ភាពជាដៃគូដែលរកឃើញ' }).getByRole('link', { name: title }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await browser.screenshot('partnerships-km-phone');
  });
});
