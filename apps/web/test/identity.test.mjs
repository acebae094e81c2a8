// Organisations, users and the audit log in a real browser against the real, built API with demo data.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useBrowser, waitForTexts } from './browser-harness.mjs';
import { demoAccounts } from './server.mjs';

const browser = useBrowser();

async function openSignedIn(path, account) {
  const { page } = browser;
  await page.goto(browser.url(path));
  await browser.signIn(account);
  await page.waitForURL((url) => url.pathname === path.split('?')[0]);
}

describe('organisation directory', () => {
  test('in Khmer, finds organisations by a Khmer name and by area, down to the commune', async () => {
    const { page } = browser;
    await openSignedIn('/organizations', demoAccounts.csoOfficer);
    await page.getByRole('banner').getByRole('button', { name: 'ខ្មែរ' }).click();
    await page.getByRole('heading', { level: 1, name: 'អង្គការ' }).waitFor();
    const names = page.getByRole('region', { name: 'អង្គការដែលរកឃើញ' }).getByRole('heading', { level: 2 });

    await page.getByLabel('ស្វែងរកតាមឈ្មោះ', { exact: true }).fill('សុខភាព');
    await page.getByLabel('ស្វែងរកតាមឈ្មោះ', { exact: true }).press('Enter');
    await waitForTexts(names, ['សមាគមសុខភាពសហគមន៍ខ្មែរ']);
    await page.getByText('Khmer Community Health Association').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('q'), 'សុខភាព', 'the search is in the address');
    await browser.screenshot('directory-km-search');

    await page.getByRole('button', { name: 'សម្អាតតម្រង' }).first().click();
    await page.getByLabel('រាជធានី ខេត្ត', { exact: true }).selectOption({ label: 'តាកែវ' });
    // A province finds the organisations registered in its districts and communes too; Phnom Penh's are left out.
    await waitForTexts(names, [
      'រដ្ឋបាលស្រុកបាទី',
      'ក្រុមប្រឹក្សាឃុំចំបក់',
      'ការិយាល័យច្រកចេញចូលតែមួយក្រុងដូនកែវ',
      'សមាគមសុខភាពសហគមន៍ខ្មែរ',
      'បណ្ដាញសង្គមស៊ីវិលគណនេយ្យភាពសង្គម',
      'រដ្ឋបាលខេត្តតាកែវ',
      'យុវជនតាកែវដើម្បីទឹកស្អាត',
    ]);
    await page.getByText('Administrative units: NCDD Gazetteer via pumi (MIT)').waitFor();

    await page.getByLabel('ក្រុង ស្រុក ខណ្ឌ', { exact: true }).selectOption({ label: 'បាទី' });
    await waitForTexts(names, [
      'រដ្ឋបាលស្រុកបាទី',
      'ក្រុមប្រឹក្សាឃុំចំបក់',
      'សមាគមសុខភាពសហគមន៍ខ្មែរ',
      'យុវជនតាកែវដើម្បីទឹកស្អាត',
    ]);
    await page.getByLabel('ឃុំ សង្កាត់', { exact: true }).selectOption({ label: 'ចំបក់' });
    await waitForTexts(names, ['ក្រុមប្រឹក្សាឃុំចំបក់', 'យុវជនតាកែវដើម្បីទឹកស្អាត']);
    assert.equal(new URL(page.url()).searchParams.get('adminUnit'), '210201');

    // The address is enough to see the same list again, with the picker showing where.
    await page.reload();
    await waitForTexts(names, ['ក្រុមប្រឹក្សាឃុំចំបក់', 'យុវជនតាកែវដើម្បីទឹកស្អាត']);
    assert.equal(await page.getByLabel('ក្រុង ស្រុក ខណ្ឌ', { exact: true }).inputValue(), '2102');
    await page.getByText('តាកែវ › បាទី › ចំបក់').first().waitFor();
    await browser.screenshot('directory-km-area');

    await page.getByRole('search').getByLabel('វិស័យ', { exact: true }).selectOption({ label: 'អប់រំ' });
    await page.getByText('គ្មានអង្គការណាត្រូវនឹងការស្វែងរកនេះទេ។').waitFor();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'សម្អាតតម្រង' }).first().click();
    await names.first().waitFor();
    await browser.screenshot('directory-km-phone');
  });

  test('an administrator registers an organisation, told next to each field what is missing', async () => {
    const { page } = browser;
    await openSignedIn('/organizations', demoAccounts.admin);
    await page.getByRole('link', { name: 'New organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Register an organisation' }).waitFor();

    await page.getByRole('button', { name: 'Register organisation' }).click();
    await page.getByText('Choose at least one sector').waitFor();
    const name = page.getByLabel('Name in Latin letters');
    assert.equal(await name.getAttribute('aria-invalid'), 'true');
    assert.ok(await name.evaluate((input) => input === document.activeElement), 'the first invalid field has focus');
    await page.getByLabel('Name in Khmer').fill('Prey Kabbas');
    await page.getByRole('button', { name: 'Register organisation' }).click();
    await page.getByText('Must be written in Khmer script').waitFor();
    await browser.screenshot('organization-new-errors');

    await name.fill('Prey Kabbas Farmers Association');
    await page.getByLabel('Name in Khmer').fill('សមាគមកសិករព្រៃកប្បាស');
    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Community-based organisation' });
    assert.equal(await page.getByLabel('State or non-state').inputValue(), 'non_state', 'the type fills in the kind');
    await page.getByLabel('Capital or province').selectOption({ label: 'Takéo' });
    await page.getByLabel('Municipality, district or khan').selectOption({ label: 'Prey Kabbas' });
    await page.getByLabel('Agriculture').check();
    await page.getByLabel('Capacities').fill('rice seed banks\nfarmer field schools');
    await page.getByRole('button', { name: 'Register organisation' }).click();

    await page.getByRole('heading', { level: 1, name: 'Prey Kabbas Farmers Association', exact: true }).waitFor();
    await page.getByText('Takéo › Prey Kabbas').waitFor();
    await page.getByText('farmer field schools').waitFor();
    await browser.screenshot('organization-profile-en');

    await page.getByRole('link', { name: 'Organisations' }).first().click();
    await page.getByLabel('Search by name', { exact: true }).fill('kabbas');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const names = page.getByRole('region', { name: 'Organisations found' }).getByRole('heading', { level: 2 });
    await waitForTexts(names, ['Prey Kabbas Farmers Association']);
    await page.getByText('សមាគមកសិករព្រៃកប្បាស').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await names.nth(9).waitFor();
    await browser.screenshot('directory-en');
  });

  test("an organisation's own officer edits its profile fields only, and no other organisation", async () => {
    const { page } = browser;
    await openSignedIn('/organizations', demoAccounts.csoOfficer);
    await page.getByRole('link', { name: 'Khmer Community Health Association' }).click();
    await page.getByRole('heading', { level: 1, name: 'Khmer Community Health Association', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByText('Only an administrator can change').waitFor();
    assert.equal(await page.getByLabel('Type', { exact: true }).count(), 0, 'the type is not offered');
    assert.equal(await page.getByLabel('Capital or province').count(), 0, 'the area is not offered');
    await page.getByLabel('Youth').check();
    const capacities = page.getByLabel('Capacities');
    await capacities.fill(`${await capacities.inputValue()}\nyouth health clubs`);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Khmer Community Health Association', exact: true }).waitFor();
    const profile = page.locator('dl.details');
    await profile.getByText('youth health clubs').waitFor();
    await profile.getByText('Youth', { exact: true }).waitFor();

    await page.getByRole('link', { name: 'Organisations' }).first().click();
    await page.getByRole('link', { name: 'Bati District Administration' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bati District Administration', exact: true }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Edit' }).count(), 0, 'no Edit on another organisation');
    await page.goto(`${page.url()}/edit`);
    await page.getByRole('heading', { level: 1, name: 'No access' }).waitFor();
  });
});

describe('users', () => {
  test('an administrator filters users, creates one, resets the password and deactivates the account', async () => {
    const { page } = browser;
    await openSignedIn('/users', demoAccounts.admin);
    const names = page.getByRole('region', { name: 'Users found' }).locator('tbody th a');
    await names.first().waitFor();
    await page.getByLabel('Role').selectOption({ label: 'Civil society organisation officer' });
    await waitForTexts(names, ['Bopha Director', 'Sreymom Cso', 'Kosal Network']);
    await page.getByRole('region', { name: 'Users found' }).getByText('Khmer Community Health Association').first().waitFor();

    await page.getByRole('link', { name: 'New user' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create a user' }).waitFor();
    await page.getByText('At least 12 characters; long passphrases are best.').waitFor();
    await page.getByLabel('Email').fill(demoAccounts.csoOfficer.email);
    await page.getByLabel('Name', { exact: true }).fill('Sophea Field');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create user' }).click();
    await page.getByText('Password must be at least 12 characters').waitFor();

    await page.getByLabel('Password').fill('rice fields after the rain');
    await page.getByLabel('Role').selectOption({ label: 'Civil society organisation officer' });
    await page.getByText('This role is for staff of a non-state organisation.').waitFor();
    await page.getByRole('searchbox', { name: 'Search by name' }).fill('youth');
    const organization = page.getByRole('combobox', { name: 'Organisation' });
    await organization.locator('option', { hasText: 'Takéo Youth for Clean Water' }).waitFor({ state: 'attached' });
    await organization.selectOption({ label: 'Takéo Youth for Clean Water' });
    await page.getByRole('button', { name: 'Create user' }).click();
    // The server refuses the e-mail address: the message stands next to the field.
    await page.getByRole('alert').getByText('Another account already uses this e-mail address.').waitFor();
    assert.equal(await page.getByLabel('Email').getAttribute('aria-invalid'), 'true');
    await browser.screenshot('user-new-duplicate');

    await page.getByLabel('Email').fill('sophea@daikou.demo');
    await page.getByRole('button', { name: 'Create user' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sophea Field' }).waitFor();
    await page.getByText('The account was created.').waitFor();

    await page.getByLabel('New password').fill('a fresh passphrase for sophea');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('The password was changed').waitFor();

    await page.getByRole('button', { name: 'Deactivate account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deactivate Sophea Field?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Deactivate account' }).click();
    await page.getByRole('button', { name: 'Reactivate account' }).waitFor();
    await browser.screenshot('user-deactivated');

    await page.getByRole('link', { name: 'Users', exact: true }).first().click();
    await page.getByLabel('Status').selectOption({ label: 'Deactivated' });
    await waitForTexts(names, ['Sophea Field']);
    await page.getByLabel('Status').selectOption({ label: 'All' });
    await names.nth(8).waitFor();
    await browser.screenshot('users-en');
  });
});

describe('audit log', () => {
  test("shows the administrator's sign-in, then their change field by field", async () => {
    const { page } = browser;
    await openSignedIn('/audit', demoAccounts.admin);
    const rows = page.getByRole('region', { name: 'Audit entries' }).locator('tbody tr');
    await rows.first().waitFor();
    await rows.first().getByText('Signed in').waitFor();
    await rows.first().getByText(demoAccounts.admin.name).first().waitFor();
    assert.match(await rows.first().locator('.code').last().textContent(), /^[0-9a-f-]{36}$/, 'the request id');

    await page.goto(browser.url('/organizations'));
    await page.getByRole('link', { name: 'Ministry of Interior' }).click();
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel('Health').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ministry of Interior', exact: true }).waitFor();

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByLabel('Action').selectOption({ label: 'Organisation changed' });
    await rows.first().getByRole('link', { name: 'Ministry of Interior' }).waitFor();
    await rows.first().getByText('Governance → Health, Governance').waitFor();
    for (const action of await rows.locator('td[data-label="Action"]').allTextContents()) {
      assert.equal(action, 'Organisation changedorganization.update', 'only the action filtered for');
    }
    await browser.screenshot('audit-en');

    await page.getByRole('banner').getByRole('button', { name: 'ខ្មែរ' }).click();
    const rowsKm = page.getByRole('region', { name: 'កំណត់ត្រាសវនកម្ម' }).locator('tbody tr');
    await rowsKm.first().getByText('អភិបាលកិច្ច → សុខាភិបាល, អភិបាលកិច្ច').waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await browser.screenshot('audit-km-phone');
  });
});
