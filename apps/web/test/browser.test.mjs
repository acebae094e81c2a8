// The web app in a real browser (Debian's Chromium) against the real, built API serving dist/: sign-in,
// the app shell and what each role sees in it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useBrowser } from './browser-harness.mjs';
import { demoAccounts } from './server.mjs';

const browser = useBrowser();

describe('sign-in page', () => {
  test('opens in English at / and switches to Khmer, set in the bundled Noto Sans Khmer', async () => {
    const { page } = browser;
    await page.goto(browser.url('/'));
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/sign-in');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');

    await page.getByRole('button', { name: 'ខ្មែរ' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'ចូលប្រព័ន្ធ' });
    await heading.waitFor();
    await page.locator('html[lang="km"]').waitFor();
    assert.equal(await page.getByRole('button', { name: 'ខ្មែរ' }).getAttribute('aria-pressed'), 'true');
    assert.ok(await page.getByLabel('ពាក្យសម្ងាត់').isVisible());
    const fontFamily = await heading.evaluate((element) => getComputedStyle(element).fontFamily);
    assert.match(fontFamily, /Noto Sans Khmer/);
    const fontLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('700 26px "Noto Sans Khmer"', 'ចូលប្រព័ន្ធ');
    });
    assert.ok(fontLoaded, 'Noto Sans Khmer is loaded for the Khmer heading');
    await browser.screenshot('sign-in-km');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'ចូលប្រព័ន្ធ' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'km', 'the language is remembered');
  });

  test('names empty fields next to them and says when the password is wrong', async () => {
    const { page } = browser;
    await page.goto(browser.url('/sign-in'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Must be a valid e-mail address').waitFor();
    await page.getByText('Enter your password').waitFor();
    assert.equal(await page.getByLabel('Email').getAttribute('aria-invalid'), 'true');

    await browser.signIn({ email: demoAccounts.admin.email, password: 'not the right password' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.equal(await alert.textContent(), 'Wrong email or password.');
    assert.equal(await page.getByLabel('Email').inputValue(), demoAccounts.admin.email, 'the email is kept for a retry');
    assert.equal(new URL(page.url()).pathname, '/sign-in');
  });
});

describe('signed-in app', () => {
  const workSections = ['Dashboard', 'Partnerships', 'Service points', 'Feedback inbox', 'Indicator library', 'Organisations', 'Notifications'];
  const everySection = [...workSections, 'Users', 'Audit log'];
  const roles = [
    { account: demoAccounts.admin, role: 'Administrator', home: 'Dashboard', sections: everySection },
    {
      account: demoAccounts.reviewer,
      role: 'Ministry of Interior reviewer',
      home: 'Dashboard',
      sections: workSections,
    },
    {
      account: demoAccounts.snaOfficer,
      role: 'Subnational administration officer',
      home: 'Partnerships',
      sections: workSections,
    },
    {
      account: demoAccounts.csoOfficer,
      role: 'Civil society organisation officer',
      home: 'Partnerships',
      sections: workSections,
    },
  ];

  for (const { account, role, home, sections } of roles) {
    test(`a ${role} starts on ${home} and sees ${sections.join(', ')}`, async () => {
      const { page } = browser;
      await page.goto(browser.url('/'));
      await browser.signIn(account);
      await page.getByRole('heading', { level: 1, name: home }).waitFor();
      const header = page.getByRole('banner');
      await header.getByText(account.name).waitFor();
      await header.getByText(role, { exact: true }).waitFor();
      const navigation = page.getByRole('navigation', { name: 'Main navigation' });
      assert.deepEqual(await navigation.getByRole('link').allTextContents(), sections);
      if (!sections.includes('Users')) {
        await page.goto(browser.url('/users'));
        await page.getByRole('heading', { level: 1, name: 'No access' }).waitFor();
        await navigation.waitFor();
      }
    });
  }

  test('an administrator returns to the page asked for, switches to Khmer, and signs out', async () => {
    const { page } = browser;
    await page.goto(browser.url('/users'));
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    assert.equal(new URL(page.url()).search, '?next=%2Fusers');

    await browser.signIn(demoAccounts.admin);
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/users');
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    assert.equal(await navigation.getByRole('link', { name: 'Users' }).getAttribute('aria-current'), 'page');
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'the session is not kept in storage');
    await browser.screenshot('shell-admin-en');

    const header = page.getByRole('banner');
    await header.getByRole('button', { name: 'ខ្មែរ' }).click();
    const navigationKm = page.getByRole('navigation', { name: 'ការរុករកចម្បង' });
    await navigationKm.getByRole('link', { name: 'កំណត់ត្រាសវនកម្ម' }).click();
    await page.getByRole('heading', { level: 1, name: 'កំណត់ត្រាសវនកម្ម' }).waitFor();
    await header.getByText('អ្នកគ្រប់គ្រងប្រព័ន្ធ').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'កំណត់ត្រាសវនកម្ម' }).waitFor();

    await header.getByRole('button', { name: 'ចាកចេញ' }).click();
    await page.getByRole('heading', { level: 1, name: 'ចូលប្រព័ន្ធ' }).waitFor();
    await page.goto(browser.url('/partnerships'));
    await page.getByRole('heading', { level: 1, name: 'ចូលប្រព័ន្ធ' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/sign-in', 'the session ended on the server');
  });

  test('the shell with the dashboard fits a phone', async () => {
    const { page } = browser;
    await page.goto(browser.url('/dashboard'));
    await browser.signIn(demoAccounts.reviewer);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.getByRole('search', { name: 'Dashboard filters' }).waitFor();
    await page.getByText('No partnership yet', { exact: false }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await page.getByRole('navigation', { name: 'Dashboards' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'nothing is wider than the phone');
    await browser.screenshot('shell-reviewer-phone');
  });
});

test('an unknown address shows the page-not-found page with a way back', async () => {
  const { page } = browser;
  await page.goto(browser.url('/no-such-page'));
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  await page.getByRole('link', { name: 'Go to the start page' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
});
