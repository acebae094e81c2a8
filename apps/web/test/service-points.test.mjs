// Service monitoring in a real browser. Through the API: a partnership made active, a health centre with an earlier
// scorecard round there and an overdue action item from it. Then the association's officer adds a service point,
// records a new round at the health centre (the form refuses it half filled) and sees the scores compared over the
// two rounds; adds an action item to the new round and moves it on the action plan board to in progress and done,
// follows up the overdue item and makes it a commitment; and the provincial officer finds feedback a citizen
// posted (without an account) in the inbox, shown as the plain text it was, acknowledges it and links it to an
// action item. The tests run in order. Sign-ins: 4 through the API, 3 in the browser (the throttle allows 10 a minute).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { useBrowser, waitForTexts } from './browser-harness.mjs';
import { demoAccounts } from './server.mjs';
import { apiWalk, CSO_PARTY as cso, STATE_PARTY as province, daysFromToday } from './api-walk.mjs';

const browser = useBrowser();
const { activePartnership, call, openSignedIn } = apiWalk(browser);
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };
const newItem = 'Post the duty roster at the entrance';
const overdueItem = 'Print the fee list in Khmer';
const citizenText = 'The nurse was absent on <b>Monday</b>.\nWe waited until noon & went home.';
let healthCentre;
let partnershipPath;

// Computed once: a run that passes midnight still finds the round by its date.
const newRoundDate = daysFromToday(-5);
const inEnglish = (isoDate) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(new Date(`${isoDate}T00:00`));
const column = (name) => browser.page.getByRole('region', { name: new RegExp(`^${name}`) });

describe('service monitoring: scorecards at a service point', () => {
  before(async () => {
    const { id, sna, idOf } = await activePartnership('Health centre services monitored with citizens in Bati');
    healthCentre = await call(sna, 'POST', '/api/service-points', {
      name: 'Bati Health Centre',
      nameKm: 'មណ្ឌលសុខភាពបាទី',
      kind: 'health_centre',
      adminUnitCode: '210201',
    });
    partnershipPath = `/partnerships/${id}`;
    const earlier = await call(sna, 'POST', `/api/partnerships/${id}/scorecards`, {
      servicePointId: healthCentre.id,
      date: daysFromToday(-150),
      facilitatingOrganizationId: idOf(cso),
      participants: { female: 18, male: 12, disability: 2, idPoor: 6, youth: 9 },
      criteria: [
        { name: 'Staff are present during opening hours', citizenScore: 2, providerScore: 4.5, suggestedAction: 'Post the duty roster at the entrance' },
        { name: 'Fees are posted and respected', citizenScore: 2.5, providerScore: 4 },
        { name: 'Cleanliness of the waiting area', citizenScore: 3, providerScore: 3.5 },
      ],
    });
    await call(sna, 'POST', `/api/scorecards/${earlier.id}/action-items`, {
      description: overdueItem,
      ownerOrganizationId: idOf(province),
      dueDate: daysFromToday(-20),
    });
  });

  test('an officer adds a service point and records a scorecard round; the charts compare the rounds', async () => {
    const { page } = browser;
    await openSignedIn('/service-points', demoAccounts.csoOfficer);
    await page.getByRole('link', { name: 'Bati Health Centre' }).waitFor();

    await page.getByRole('link', { name: 'Add a service point' }).click();
    await page.getByRole('button', { name: 'Add this service point' }).click();
    await page.locator('.field-error').first().waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Chambak Primary School');
    await page.getByLabel('Kind').selectOption('school');
    await page.getByLabel('Province').selectOption('21');
    await page.getByLabel('District').selectOption('2102');
    await page.getByLabel('Commune').selectOption('210201');
    await page.getByRole('button', { name: 'Add this service point' }).click();
    await page.getByRole('heading', { level: 1, name: 'Chambak Primary School' }).waitFor();
    await page.getByText('No scorecard round has been recorded here yet.').waitFor();

    await page.goto(browser.url('/service-points?kind=health_centre'));
    await page.getByRole('link', { name: 'Bati Health Centre' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bati Health Centre' }).waitFor();
    await waitForTexts(page.locator('.criterion-chart figcaption strong'), [
      'Staff are present during opening hours',
      'Fees are posted and respected',
      'Cleanliness of the waiting area',
    ]);

    await page.getByRole('link', { name: 'Record a scorecard round' }).click();
    await page.getByLabel('Partnership').waitFor();
    await page.getByRole('button', { name: 'Record this round' }).click();
    await page.getByRole('group', { name: 'Participants' }).getByText('Required').first().waitFor();
    await page.getByRole('group', { name: 'Criterion 1' }).getByText('Required').first().waitFor();
    assert.equal(await page.getByLabel('Date').evaluate((input) => input === document.activeElement), true, 'the first invalid field has focus');
    await page.getByLabel('Date').fill(newRoundDate);
    await page.getByLabel('Women', { exact: true }).fill('21');
    await page.getByLabel('Men', { exact: true }).fill('14');
    await page.getByLabel('With a disability').fill('40');
    await page.getByLabel('Youth', { exact: true }).fill('11');
    const first = page.getByRole('group', { name: 'Criterion 1' });
    await first.getByLabel('Criterion').fill('Staff are present during opening hours');
    await first.getByLabel("Citizens' score").fill('3.5');
    await first.getByLabel("Providers' score").fill('4');
    await page.getByRole('button', { name: 'Record this round' }).click();
    await page.getByText('Must not be more than the female and male participants together').waitFor();
    await page.getByLabel('With a disability').fill('3');
    await page.getByRole('button', { name: 'Add a criterion' }).click();
    const second = page.getByRole('group', { name: 'Criterion 2' });
    await second.getByLabel('Criterion').fill('Fees are posted and respected');
    await second.getByLabel("Citizens' score").fill('6');
    await second.getByLabel("Providers' score").fill('4');
    await page.getByRole('button', { name: 'Record this round' }).click();
    await second.getByText(/^Must be a score from 1 to 5/).waitFor();
    await browser.screenshot('scorecard-form-refused');
    await second.getByLabel("Citizens' score").fill('2');
    await second.getByLabel('Suggested action (optional)').fill('Print the fee list in Khmer and post it at the cashier');
    await page.getByRole('button', { name: 'Record this round' }).click();

    await page.getByRole('heading', { level: 1, name: 'Bati Health Centre' }).waitFor();
    await page.getByRole('heading', { name: 'Scorecard rounds' }).waitFor();
    assert.equal(await page.locator('.criterion-chart-plot .recharts-line').count(), 6, 'two lines per criterion');
    await page.getByText(/^Last scored .*: citizens 3\.5, providers 4, gap \+0\.5$/).waitFor();
    await browser.screenshot('scorecard-history-desktop');
    await page.setViewportSize(phone);
    await browser.screenshot('scorecard-history-phone');
    await page.setViewportSize(desktop);

    await page.getByRole('banner').getByRole('button', { name: 'ខ្មែរ' }).click();
    await page.getByRole('heading', { level: 1, name: 'មណ្ឌលសុខភាពបាទី' }).waitFor();
    await page.getByRole('heading', { name: 'ប្រវត្តិកាតពិន្ទុសហគមន៍' }).waitFor();
    await page.locator('.chart-legend').getByText('ពិន្ទុរបស់ពលរដ្ឋ').waitFor();
    await browser.screenshot('scorecard-history-km');
  });

  test('the officer adds an action item to the new round and moves it on the board; the overdue one becomes a commitment', async () => {
    const { page } = browser;
    await openSignedIn(`/service-points/${healthCentre.id}`, demoAccounts.csoOfficer);
    await page.getByRole('region', { name: 'Scorecard rounds' }).getByRole('row').nth(1).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /^Scorecard round of/ }).waitFor();
    await page.getByRole('cell', { name: '+0.5' }).first().waitFor();
    await page.getByText('No action item follows from this round yet.').waitFor();

    await page.getByRole('button', { name: 'Add this action item' }).click();
    await page.locator('.field-error').first().waitFor();
    await page.getByLabel('What is to be done').fill(newItem);
    await page.getByLabel('Responsible party').selectOption({ label: province });
    await page.getByLabel('Due').fill(daysFromToday(30));
    await page.getByRole('button', { name: 'Add this action item' }).click();
    await page.getByRole('row', { name: new RegExp(newItem) }).waitFor();
    await page.setViewportSize(phone);
    await browser.screenshot('scorecard-round-phone');
    await page.setViewportSize(desktop);

    await page.getByRole('link', { name: "Open the partnership's action plan" }).click();
    await page.getByRole('heading', { name: 'Joint accountability action plan' }).waitFor();
    const fresh = column('Open').getByRole('article', { name: newItem });
    await fresh.waitFor();
    const overdue = column('Open').getByRole('article', { name: overdueItem });
    await overdue.getByText('Overdue').waitFor();
    assert.equal(await fresh.getByText('Overdue').count(), 0, 'an item due next month is not overdue');

    await fresh.getByRole('group', { name: 'Move to:' }).getByRole('button', { name: 'In progress' }).click();
    const started = column('In progress').getByRole('article', { name: newItem });
    await started.waitFor();
    await started.getByRole('button', { name: 'Done' }).click();
    const done = column('Done').getByRole('article', { name: newItem });
    await done.waitFor();
    assert.equal(await done.getByRole('button', { name: 'Make it a commitment' }).count(), 0, 'a done item is not made a commitment');

    await overdue.getByRole('button', { name: 'Add follow-up' }).click();
    const dialog = page.getByRole('dialog', { name: 'Follow-up' });
    await dialog.getByRole('button', { name: 'Save the follow-up' }).click();
    await dialog.getByText('Required').waitFor();
    await dialog.getByLabel('Follow-up note').fill('The province has asked the health centre for its fee list.');
    await dialog.getByRole('button', { name: 'Save the follow-up' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await overdue.getByText('The province has asked the health centre for its fee list.').waitFor();

    await overdue.getByRole('button', { name: 'Make it a commitment' }).click();
    await page.getByRole('dialog', { name: 'Make it a commitment of the partnership?' }).getByRole('button', { name: 'Make it a commitment' }).click();
    await overdue.getByText('Made a commitment').waitFor();

    await page.getByLabel('Only overdue items').check();
    await waitForTexts(page.locator('.action-card h4'), [overdueItem]);
    await page.getByLabel('Only overdue items').uncheck();
    await waitForTexts(page.locator('.action-card h4'), [overdueItem, newItem]);
    const csv = await page.request.get(browser.url(await page.getByRole('link', { name: 'Download as CSV' }).getAttribute('href')));
    assert.equal(csv.status(), 200);
    assert.match(csv.headers()['content-type'], /^text\/csv/);
    assert.match(await csv.text(), new RegExp(overdueItem));

    await browser.screenshot('action-plan-desktop');
    await page.setViewportSize(phone);
    await browser.screenshot('action-plan-phone');
    await page.setViewportSize(desktop);

    await page.getByRole('banner').getByRole('button', { name: 'ខ្មែរ' }).click();
    await page.getByRole('heading', { name: 'ផែនការសកម្មភាពគណនេយ្យភាពរួម' }).waitFor();
    await column('បានបញ្ចប់').getByRole('article', { name: newItem }).waitFor();
    await column('មិនទាន់អនុវត្ត').getByText('ហួសកាលកំណត់').waitFor();
    await browser.screenshot('action-plan-km');
  });

  test('feedback a citizen posts without an account shows in the inbox as plain text and is triaged', async () => {
    const { page } = browser;
    const posted = await fetch(browser.url(`/api/service-points/${healthCentre.id}/feedback`), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: citizenText, rating: 2 }),
    });
    assert.equal(posted.status, 201, await posted.text());

    await openSignedIn('/feedback', demoAccounts.snaOfficer);
    const item = page.locator('.feedback-item').first();
    await item.getByText('New', { exact: true }).waitFor();
    assert.equal(await item.locator('.feedback-text').textContent(), citizenText, 'the text is shown as written');
    assert.equal(await item.locator('.feedback-text b').count(), 0, 'markup in feedback is never rendered');
    await item.getByText('Rating 2 of 5').waitFor();

    await page.getByLabel('Status').selectOption('new');
    await page.waitForURL((url) => url.searchParams.get('status') === 'new');
    await item.getByRole('button', { name: 'Acknowledge' }).click();
    await page.getByText('No feedback matches these filters.').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await item.getByText('Acknowledged', { exact: true }).waitFor();

    await item.getByRole('button', { name: 'Link to an action item' }).click();
    const dialog = page.getByRole('dialog', { name: 'Link to an action item' });
    await dialog.getByLabel('Action item').selectOption({ label: `${newItem} (round of ${inEnglish(newRoundDate)})` });
    await dialog.getByRole('button', { name: 'Save the link' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await item.getByRole('link', { name: newItem }).waitFor();
    await item.getByRole('button', { name: 'Mark as acted on' }).click();
    await item.getByText('Acted on', { exact: true }).waitFor();
    await browser.screenshot('feedback-inbox');

    await page.goto(browser.url(`${partnershipPath}?tab=action-plan`));
    await column('Done').getByRole('article', { name: newItem }).getByText('1 piece of feedback linked').waitFor();
  });
});
