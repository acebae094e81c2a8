// Setting the scene through the API for browser tests that start from an active partnership (the steps of
// apps/api/test/support/partnership-walk.ts): proposal accepted, MoU from the template approved, both sign.
import assert from 'node:assert/strict';
import { demoAccounts } from './server.mjs';

export const isoDate = (date) => date.toISOString().slice(0, 10);
export const daysFromToday = (days) => isoDate(new Date(Date.now() + days * 86_400_000));

export const STATE_PARTY = 'Takéo Provincial Administration';
export const CSO_PARTY = 'Khmer Community Health Association';

/** API helpers bound to the harness's running server. */
export function apiWalk(browser) {
  async function call(token, method, path, body) {
    const response = await fetch(browser.url(path), {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-requested-with': 'daikou' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}\n${browser.serverOutput()}`);
    return text === '' ? null : JSON.parse(text);
  }

  async function tokenOf({ email, password }) {
    const response = await fetch(browser.url('/api/auth/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'daikou' },
      body: JSON.stringify({ email, password }),
    });
    assert.equal(response.status, 200, `login ${email}`);
    return (await response.json()).token;
  }

  /** An active partnership of the Takéo province and the association (4 API sign-ins); returns its id, the SNA officer's token and an id lookup. */
  async function activePartnership(title) {
    const sna = await tokenOf(demoAccounts.snaOfficer);
    const reviewer = await tokenOf(demoAccounts.reviewer);
    const organizations = await call(sna, 'GET', '/api/organizations?limit=100');
    const idOf = (name) => organizations.items.find((organization) => organization.name === name).id;
    const partnership = await call(sna, 'POST', '/api/partnerships', {
      title,
      function: 'service_monitoring',
      form: 'collaboration',
      goals: 'The province publishes health centre budgets; the association explains them to citizens.',
      parties: [{ organizationId: idOf(STATE_PARTY) }, { organizationId: idOf(CSO_PARTY) }],
      adminUnitCodes: ['2102'],
      sectors: ['health'],
      startDate: daysFromToday(-200),
      endDate: daysFromToday(400),
    });
    const act = (token, action) => call(token, 'POST', `/api/partnerships/${partnership.id}/actions/${action}`, {});
    await act(sna, 'submit_proposal');
    await act(reviewer, 'accept_proposal');
    const template = await call(sna, 'GET', `/api/partnerships/${partnership.id}/mou/template`);
    await call(sna, 'POST', `/api/partnerships/${partnership.id}/mou/versions`, { clauses: template.clauses });
    await act(sna, 'submit_mou');
    await act(reviewer, 'approve');
    await act(await tokenOf(demoAccounts.snaSignatory), 'sign');
    await act(await tokenOf(demoAccounts.csoSignatory), 'sign');
    return { id: partnership.id, sna, idOf };
  }

  /** Opens `path`, signs in as `account` on the sign-in page it leads to, and waits to be back on `path`. */
  async function openSignedIn(path, account) {
    const { page } = browser;
    await page.goto(browser.url(path));
    await browser.signIn(account);
    await page.waitForURL((url) => url.pathname === path.split('?')[0]);
  }

  return { call, tokenOf, activePartnership, openSignedIn };
}
