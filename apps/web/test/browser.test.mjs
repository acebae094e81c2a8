// The web app in a real browser (Debian's Chromium) against the real, built API serving dist/.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { demoAccounts, startDaikou } from './server.mjs';

let daikou;
let context;
let profileDir;
let screenshotDir;
let page;
let pageErrors;
let foreignRequests;

before(
  async () => {
    daikou = await startDaikou();
    profileDir = await mkdtemp(join(tmpdir(), 'daikou-web-profile-'));
    screenshotDir = await mkdtemp(join(tmpdir(), 'daikou-web-screenshots-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
    });
  },
  { timeout: 120_000 },
);

after(async () => {
  await context?.close();
  await daikou?.stop();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
});

// Every test starts signed out, with no remembered language, in a new tab.
beforeEach(async () => {
  for (const open of context.pages()) await open.close();
  await context.setStorageState({ cookies: [], origins: [] });
  page = await context.newPage();
  pageErrors = [];
  foreignRequests = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== daikou.baseUrl) foreignRequests.push(request.url());
  });
});

function assertCleanPage() {
  assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
  assert.deepEqual(foreignRequests, [], 'nothing is fetched from outside Daikou (fonts are bundled)');
}

async function signIn({ email, password }) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('sign-in page', () => {
  test('opens in English at / and switches to Khmer, set in the bundled Noto Sans Khmer', async () => {
    await page.goto(daikou.baseUrl + '/');
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
    await page.screenshot({ path: join(screenshotDir, 'sign-in-km.png'), fullPage: true });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'ចូលប្រព័ន្ធ' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'km', 'the language is remembered');
    assertCleanPage();
  });

  test('names empty fields next to them and says when the password is wrong', async () => {
    await page.goto(daikou.baseUrl + '/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Must be a valid e-mail address').waitFor();
    await page.getByText('Enter your password').waitFor();
    assert.equal(await page.getByLabel('Email').getAttribute('aria-invalid'), 'true');

    await signIn({ email: demoAccounts.admin.email, password: 'not the right password' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.equal(await alert.textContent(), 'Wrong email or password.');
    assert.equal(await page.getByLabel('Email').inputValue(), demoAccounts.admin.email, 'the email is kept for a retry');
    assert.equal(new URL(page.url()).pathname, '/sign-in');
    assertCleanPage();
  });
});

describe('signed-in app', () => {
  test('an administrator returns to the page asked for, sees every section, and signs out', async () => {
    await page.goto(daikou.baseUrl + '/users');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    assert.equal(new URL(page.url()).search, '?next=%2Fusers');

    await signIn(demoAccounts.admin);
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/users');
    await page.getByText('Coming next').waitFor();
    const header = page.getByRole('banner');
    await header.getByText(demoAccounts.admin.name).waitFor();
    await header.getByText('Administrator').waitFor();
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    assert.deepEqual(await navigation.getByRole('link').allTextContents(), [
      'Dashboard',
      'Partnerships',
      'Organisations',
      'Notifications',
      'Users',
      'Audit log',
    ]);
    assert.equal(await navigation.getByRole('link', { name: 'Users' }).getAttribute('aria-current'), 'page');
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'the session is not kept in storage');
    await page.screenshot({ path: join(screenshotDir, 'shell-admin-en.png'), fullPage: true });

    await header.getByRole('button', { name: 'ខ្មែរ' }).click();
    const navigationKm = page.getByRole('navigation', { name: 'ការរុករកចម្បង' });
    await navigationKm.getByRole('link', { name: 'កំណត់ត្រាសវនកម្ម' }).click();
    await page.getByRole('heading', { level: 1, name: 'កំណត់ត្រាសវនកម្ម' }).waitFor();
    await header.getByText('អ្នកគ្រប់គ្រងប្រព័ន្ធ').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'shell-admin-km.png'), fullPage: true });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'កំណត់ត្រាសវនកម្ម' }).waitFor();

    await header.getByRole('button', { name: 'ចាកចេញ' }).click();
    await page.getByRole('heading', { level: 1, name: 'ចូលប្រព័ន្ធ' }).waitFor();
    await page.goto(daikou.baseUrl + '/partnerships');
    await page.getByRole('heading', { level: 1, name: 'ចូលប្រព័ន្ធ' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/sign-in', 'the session ended on the server');
    assertCleanPage();
  });

  test('a civil society officer sees only their sections and is refused the admin pages', async () => {
    await page.goto(daikou.baseUrl + '/sign-in');
    await signIn(demoAccounts.csoOfficer);
    await page.getByRole('heading', { level: 1, name: 'Partnerships' }).waitFor();
    await page.getByRole('banner').getByText(demoAccounts.csoOfficer.name).waitFor();
    await page.getByRole('banner').getByText('Civil society organisation officer').waitFor();
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    assert.deepEqual(await navigation.getByRole('link').allTextContents(), [
      'Partnerships',
      'Organisations',
      'Notifications',
    ]);

    await page.goto(daikou.baseUrl + '/users');
    await page.getByRole('heading', { level: 1, name: 'No access' }).waitFor();
    await navigation.waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(screenshotDir, 'shell-officer-phone.png'), fullPage: true });
    assertCleanPage();
  });

  test('a Ministry of Interior reviewer starts on the dashboard', async () => {
    await page.goto(daikou.baseUrl + '/');
    await signIn(demoAccounts.reviewer);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/dashboard');
    await page.getByRole('banner').getByText('Ministry of Interior reviewer').waitFor();
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    assert.deepEqual(await navigation.getByRole('link').allTextContents(), [
      'Dashboard',
      'Partnerships',
      'Organisations',
      'Notifications',
    ]);
    assertCleanPage();
  });
});

test('an unknown address shows the page-not-found page with a way back', async (t) => {
  await page.goto(daikou.baseUrl + '/no-such-page');
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  await page.getByRole('link', { name: 'Go to the start page' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assertCleanPage();
  t.diagnostic(`screenshots: ${screenshotDir}`);
});
