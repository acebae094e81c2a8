// One Daikou (built API + web app) and one Chromium per test file; every test starts signed out, with no
// remembered language, in a new tab, and ends with no page errors and nothing fetched from outside Daikou.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach } from 'node:test';
import { chromium } from 'playwright-core';
import { startDaikou } from './server.mjs';

export function useBrowser() {
  const state = { daikou: null, context: null, profileDir: null, screenshotDir: null, page: null };
  let pageErrors = [];
  let foreignRequests = [];

  before(
    async () => {
      state.daikou = await startDaikou();
      state.profileDir = await mkdtemp(join(tmpdir(), 'daikou-web-profile-'));
      state.screenshotDir = await mkdtemp(join(tmpdir(), 'daikou-web-screenshots-'));
      state.context = await chromium.launchPersistentContext(state.profileDir, {
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
    await state.context?.close();
    await state.daikou?.stop();
    if (state.profileDir) await rm(state.profileDir, { recursive: true, force: true });
    if (state.screenshotDir) console.log(`screenshots: ${state.screenshotDir}`);
  });

  beforeEach(async () => {
    for (const open of state.context.pages()) await open.close();
    await state.context.setStorageState({ cookies: [], origins: [] });
    state.page = await state.context.newPage();
    pageErrors = [];
    foreignRequests = [];
    state.page.on('pageerror', (error) => pageErrors.push(error.message));
    state.page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== state.daikou.baseUrl) foreignRequests.push(request.url());
    });
  });

  afterEach(() => {
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
    assert.deepEqual(foreignRequests, [], 'nothing is fetched from outside Daikou (fonts are bundled)');
  });

  return {
    get page() {
      return state.page;
    },
    url(path) {
      return state.daikou.baseUrl + path;
    },
    /** Signs in on the (English) sign-in page the browser is on. */
    async signIn({ email, password }) {
      await state.page.getByLabel('Email').fill(email);
      await state.page.getByLabel('Password').fill(password);
      await state.page.getByRole('button', { name: 'Sign in' }).click();
    },
    /** The end of the server's output, for a failure's message. */
    serverOutput() {
      return state.daikou.recentOutput();
    },
    async screenshot(name) {
      await state.page.screenshot({ path: join(state.screenshotDir, `${name}.png`), fullPage: true });
    },
    /** One part of a long page, e.g. the MoU editor's first clause. */
    async screenshotOf(locator, name) {
      await locator.screenshot({ path: join(state.screenshotDir, `${name}.png`) });
    },
  };
}

/** Waits until the locator's elements have exactly these texts, in this order. */
export async function waitForTexts(locator, expected, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let actual;
  do {
    actual = (await locator.allTextContents()).map((text) => text.trim());
    if (JSON.stringify(actual) === JSON.stringify(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  } while (Date.now() < deadline);
  assert.deepEqual(actual, expected);
}
