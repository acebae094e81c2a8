// Mutual accountability in a real browser: a partnership is made active through the API (as in
// partnership-lifecycle, but without the screens), then the Takéo provincial officer records a commitment of
// the Provincial Administration that fell due a month ago and rates it kept, the Khmer Community Health
// Association's officer rates it not kept, and both see it flagged as disputed (once in Khmer) and left out of
// the accountability record's score. The tests run in order and share the partnership. Sign-ins: 4 through
// the API, 3 in the browser (the login throttle allows 10 a minute).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { useBrowser, waitForTexts } from './browser-harness.mjs';
import { demoAccounts } from './server.mjs';
import { apiWalk, CSO_PARTY as cso, daysFromToday, STATE_PARTY as state } from './api-walk.mjs';

const browser = useBrowser();
const { activePartnership, openSignedIn } = apiWalk(browser);
const commitmentTitle = 'Publish the health centre budget on the commune notice board';
let partnershipPath;

const commitment = () => browser.page.getByRole('article', { name: commitmentTitle });

async function rate(label, comment) {
  const { page } = browser;
  await commitment().getByRole('button', { name: 'Rate', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Rate the commitment' });
  await dialog.getByLabel(label, { exact: true }).check();
  await dialog.getByLabel('Comment').fill(comment);
  await dialog.getByRole('button', { name: 'Save the rating' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('joint work and mutual accountability', () => {
  before(async () => {
    partnershipPath = `/partnerships/${(await activePartnership('Open budgets for health centres in Bati')).id}`;
  });

  test('the SNA officer records a commitment of the province that fell due and rates it kept', async () => {
    const { page } = browser;
    await openSignedIn(`${partnershipPath}?tab=commitments`, demoAccounts.snaOfficer);
    await page.getByRole('heading', { level: 2, name: 'State side', exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Non-state side' }).waitFor();

    await page.getByRole('button', { name: 'Add the commitment' }).click();
    await page.getByRole('form', { name: 'New commitment' }).locator('.field-error').first().waitFor();
    await page.getByLabel('Commitment', { exact: true }).fill(commitmentTitle);
    await page.getByLabel('Owner party').selectOption({ label: state });
    await page.getByLabel(/^Due date/).fill(daysFromToday(-30));
    await page.getByRole('button', { name: 'Add the commitment' }).click();

    const card = commitment();
    await card.waitFor();
    const stateSide = page.getByRole('region', { name: 'State side', exact: true });
    assert.equal(await stateSide.getByRole('article', { name: commitmentTitle }).count(), 1, 'on the owner’s side of the board');
    await waitForTexts(card.locator('.standing'), ['Overdue']);

    await rate('Kept', 'Posted at all five health centres on the 1st.');
    await waitForTexts(card.locator('.standing'), ['Awaiting ratings']);
    await card.getByText('Posted at all five health centres on the 1st.').waitFor();
    assert.equal(await card.getByRole('button', { name: 'Rate', exact: true }).count(), 0, 'one rating per organisation');
    await browser.screenshot('commitment-rated-by-state');

    // Evidence: the files are fetched when opened; no file chosen, a file that is not what it says, then a PDF.
    await card.getByText('Evidence files').click();
    await card.getByText('No files attached yet.').waitFor();
    const form = card.getByRole('form', { name: 'Attach evidence' });
    await form.getByRole('button', { name: 'Attach the file' }).click();
    await form.getByText('Choose a file to attach.').waitFor();
    await form.getByLabel('File', { exact: true }).setInputFiles({ name: 'budget.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ not a PDF at all') });
    await form.getByRole('button', { name: 'Attach the file' }).click();
    await form.locator('.field-error').filter({ hasText: /content/i }).waitFor();
    await form.getByLabel('File', { exact: true }).setInputFiles({ name: 'budget notice.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% budget notice photo\n%%EOF\n') });
    await form.getByRole('button', { name: 'Attach the file' }).click();
    const link = card.locator('.evidence-files').getByRole('link', { name: 'budget notice.pdf' });
    await link.waitFor();
    const href = await link.getAttribute('href');
    assert.match(href, /^\/api\/evidence\/[0-9a-f-]{36}$/);
    // The link works with the browser's session: the file comes back as an attachment, byte for byte.
    const download = await page.request.get(browser.url(href));
    assert.equal(download.status(), 200);
    assert.match(download.headers()['content-disposition'], /^attachment; filename="budget notice.pdf"/);
    assert.equal((await download.body()).toString(), '%PDF-1.4\n% budget notice photo\n%%EOF\n');
    assert.equal(await card.getByText('No files attached yet.').count(), 0);
    await browser.screenshotOf(card, 'commitment-evidence');
  });

  test('the CSO officer rates it not kept: it is disputed, both views shown, in English and in Khmer', async () => {
    const { page } = browser;
    await openSignedIn(`${partnershipPath}?tab=commitments`, demoAccounts.csoOfficer);
    const card = commitment();
    await waitForTexts(card.locator('.standing'), ['Awaiting ratings']);
    await rate('Not kept', 'Two of the five notice boards were empty when we visited.');

    await waitForTexts(card.locator('.standing'), ['Disputed']);
    await card.getByText('The parties disagree: both views are shown, and it is left out of the score.').waitFor();
    await waitForTexts(card.locator('.rating'), ['Kept', 'Not kept']);
    await card.getByText('Two of the five notice boards were empty when we visited.').waitFor();
    await browser.screenshotOf(card, 'commitment-disputed');

    await page.getByRole('banner').getByRole('button', { name: 'ខ្មែរ' }).click();
    await waitForTexts(card.locator('.standing'), ['មានការមិនយល់ស្របគ្នា']);
    await waitForTexts(card.locator('.rating'), ['បានគោរព', 'មិនបានគោរព']);
    // The other party's officer sees the province's evidence, and may attach its own.
    await card.getByText('ឯកសារភស្តុតាង').click();
    await card.locator('.evidence-files').getByRole('link', { name: 'budget notice.pdf' }).waitFor();
    await card.getByRole('button', { name: 'ភ្ជាប់ឯកសារ' }).waitFor();
    await browser.screenshot('commitment-disputed-km');
  });

  test('the SNA officer sees it disputed and left out of the province’s score, then plans an activity and records a meeting', async () => {
    const { page } = browser;
    await openSignedIn(`${partnershipPath}?tab=commitments`, demoAccounts.snaOfficer);
    await waitForTexts(commitment().locator('.standing'), ['Disputed']);

    await page.getByRole('navigation', { name: 'Parts of the partnership' }).getByRole('link', { name: 'Accountability record' }).click();
    const stateRecord = page.getByRole('region', { name: 'State side', exact: true });
    await stateRecord.getByText(state).first().waitFor();
    const countOf = (side, label) => page.getByRole('region', { name: side, exact: true }).locator('.record-count').filter({ hasText: label }).locator('dd');
    await waitForTexts(countOf('State side', 'Disputed'), ['1']);
    await waitForTexts(countOf('State side', 'Overdue'), ['0']);
    await waitForTexts(countOf('Non-state side', 'Disputed'), ['0']);
    await waitForTexts(page.locator('.record-score strong'), ['no score yet', 'no score yet']);
    await page.getByText('a disputed one is left out of the score').waitFor();
    await browser.screenshot('accountability-record');

    const tabs = page.getByRole('navigation', { name: 'Parts of the partnership' });
    await tabs.getByRole('link', { name: 'Workplan' }).click();
    await page.getByLabel('Activity', { exact: true }).fill('Train commune councils on budget notices');
    await page.getByLabel('Lead party').selectOption({ label: state });
    await page.getByRole('group', { name: 'Contributing parties' }).getByLabel(cso).check();
    await page.getByLabel('Start date').fill(daysFromToday(-10));
    await page.getByLabel('End date').fill(daysFromToday(50));
    await page.getByRole('button', { name: 'Add the activity' }).click();
    const activity = page.getByRole('article', { name: 'Train commune councils on budget notices' });
    await activity.getByRole('group', { name: 'Change the status to' }).getByRole('button', { name: 'In progress' }).click();
    await waitForTexts(activity.locator('.badge'), ['In progress']);
    await waitForTexts(activity.getByRole('group', { name: 'Change the status to' }).getByRole('button'), ['Done', 'Postponed', 'Cancelled']);
    await page.locator('.timeline-bar.activity-status-in_progress').waitFor();
    await browser.screenshot('workplan');

    await tabs.getByRole('link', { name: 'Meetings' }).click();
    await page.getByLabel('Date', { exact: true }).fill(daysFromToday(-3));
    await page.getByLabel('Agenda').fill('Budget notices: what was posted, where, and what citizens asked.');
    const attendee = page.getByRole('group', { name: 'Attendee 1' });
    await attendee.getByLabel('Name').fill('Sok Chanthy');
    await attendee.getByLabel('Organisation').selectOption({ label: cso });
    await attendee.getByLabel('Sex').selectOption({ label: 'Female' });
    await attendee.getByLabel('ID-poor household').check();
    await page.getByLabel('Minutes', { exact: true }).fill('The province will repost the budgets at two centres by next month.');
    await page.getByRole('button', { name: 'Record the meeting' }).click();
    await page.getByText('1 attended: 1 women, 0 men, 0 with a disability, 1 from ID-poor households').waitFor();
    await page.getByText('Draft', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Approve minutes' }).click();
    await page.getByText('Approved by some parties', { exact: true }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Approve minutes' }).count(), 0, 'an organisation approves once');
    await browser.screenshot('meetings');
  });
});
