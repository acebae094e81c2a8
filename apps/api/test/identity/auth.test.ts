// Sign-in, sessions (bearer and cookie), sign-out, password change, deactivation, lockout, throttling and CSRF over HTTP.
import { DEMO_PASSWORD } from '../../src/demo/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';
import { bearer, expectProblem } from './problems';

let t: TestApp;
let nextClientIp = 1;

// The login throttle counts per client IP: behind a trusted proxy each test signs in from its own address.
beforeAll(async () => {
  t = await startTestApp({ env: { DAIKOU_TRUST_PROXY: '1' } });
});
afterAll(() => t.close());

function newClientIp(): string {
  return `198.51.100.${nextClientIp++}`;
}

function login(email: string, password: string, ip: string) {
  return t.http.post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });
}

async function tokenOf(email: string, ip: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await login(email, password, ip);
  expect(response.status).toBe(200);
  return response.body.token as string;
}

function sessionCookieOf(setCookie: string[] | string | undefined): string {
  const cookie = [setCookie ?? []].flat().find((c) => c.startsWith('daikou_session='));
  if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(setCookie)}`);
  return cookie;
}

async function createUser(adminToken: string, email: string): Promise<string> {
  const cso = await t.http.get('/api/auth/me').set(bearer(await tokenOf('cso@daikou.demo', newClientIp())));
  const created = await t.http
    .post('/api/users')
    .set(bearer(adminToken))
    .send({ email, name: 'Test Person', password: 'mekong river at dusk', role: 'cso_officer', organizationId: cso.body.organizationId });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

describe('login', () => {
  it('returns a token and the user, and sets an httpOnly SameSite=Lax session cookie', async () => {
    const response = await login('sna@daikou.demo', DEMO_PASSWORD, newClientIp());
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      token: expect.stringMatching(/^[\w-]{32,}$/),
      user: {
        id: expect.any(String),
        email: 'sna@daikou.demo',
        name: 'Vuthy Sna',
        role: 'sna_officer',
        organizationId: expect.any(String),
        isSignatory: false,
        locale: 'km',
      },
    });
    const cookie = sessionCookieOf(response.headers['set-cookie']);
    expect(cookie).toContain(`daikou_session=${response.body.token};`);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);
  });

  it('accepts the e-mail in any case', async () => {
    const response = await login('  SNA@Daikou.Demo ', DEMO_PASSWORD, newClientIp());
    expect(response.status).toBe(200);
    expect(response.body.user.email).toBe('sna@daikou.demo');
  });

  it('refuses a wrong password with a 401 problem and no cookie', async () => {
    const response = await login('reviewer@daikou.demo', 'not the password', newClientIp());
    expectProblem(response, 401, 'invalid_credentials');
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.body.token).toBeUndefined();
  });

  it('answers an unknown e-mail exactly like a wrong password', async () => {
    const unknown = await login('nobody@daikou.demo', DEMO_PASSWORD, newClientIp());
    const wrong = await login('reviewer@daikou.demo', 'not the password', newClientIp());
    expectProblem(unknown, 401, 'invalid_credentials');
    expect({ ...unknown.body, instance: null, requestId: null }).toEqual({ ...wrong.body, instance: null, requestId: null });
  });

  it('refuses a body without e-mail with a 422 naming the field', async () => {
    const response = await t.http.post('/api/auth/login').set('X-Forwarded-For', newClientIp()).send({ password: 'x' });
    expectProblem(response, 422, 'validation', 'email');
  });

  it('refuses a malformed JSON body with a 400 problem', async () => {
    const response = await t.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', newClientIp())
      .set('Content-Type', 'application/json')
      .send('{"email": "admin@daikou.demo",');
    expectProblem(response, 400, 'malformed');
  });
});

describe('sessions', () => {
  it('GET /api/auth/me answers the user for a bearer token and for the cookie', async () => {
    const response = await login('cso@daikou.demo', DEMO_PASSWORD, newClientIp());
    const viaBearer = await t.http.get('/api/auth/me').set(bearer(response.body.token));
    expect(viaBearer.status).toBe(200);
    expect(viaBearer.body).toEqual(response.body.user);

    const cookie = sessionCookieOf(response.headers['set-cookie']).split(';')[0]!;
    const viaCookie = await t.http.get('/api/auth/me').set('Cookie', cookie);
    expect(viaCookie.status).toBe(200);
    expect(viaCookie.body).toEqual(response.body.user);
  });

  it('GET /api/auth/me without a session, or with an unknown token, is 401', async () => {
    expectProblem(await t.http.get('/api/auth/me'), 401, 'unauthenticated');
    expectProblem(await t.http.get('/api/auth/me').set(bearer('made-up-token')), 401, 'unauthenticated');
    expectProblem(await t.http.get('/api/auth/me').set('Cookie', 'daikou_session=made-up-token'), 401, 'unauthenticated');
  });

  it('logout ends the session: the same token is then refused', async () => {
    const token = await tokenOf('reviewer@daikou.demo', newClientIp());
    const other = await tokenOf('reviewer@daikou.demo', newClientIp());
    const logout = await t.http.post('/api/auth/logout').set(bearer(token));
    expect(logout.status).toBe(204);
    expect(sessionCookieOf(logout.headers['set-cookie'])).toMatch(/^daikou_session=;/);
    expectProblem(await t.http.get('/api/auth/me').set(bearer(token)), 401, 'unauthenticated');
    // Only that session ends.
    expect((await t.http.get('/api/auth/me').set(bearer(other))).status).toBe(200);
  });

  it('changing the password ends every other session of the user and replaces the password', async () => {
    const ip = newClientIp();
    const current = await tokenOf('cso.signatory@daikou.demo', ip);
    const elsewhere = await tokenOf('cso.signatory@daikou.demo', ip);

    const wrongCurrent = await t.http
      .post('/api/auth/password')
      .set(bearer(current))
      .send({ currentPassword: 'not the password', newPassword: 'tonle sap in the rain' });
    expectProblem(wrongCurrent, 422, 'validation', 'currentPassword');
    const weak = await t.http
      .post('/api/auth/password')
      .set(bearer(current))
      .send({ currentPassword: DEMO_PASSWORD, newPassword: 'short' });
    expectProblem(weak, 422, 'validation', 'newPassword');
    expect((await t.http.get('/api/auth/me').set(bearer(elsewhere))).status).toBe(200);

    const changed = await t.http
      .post('/api/auth/password')
      .set(bearer(current))
      .send({ currentPassword: DEMO_PASSWORD, newPassword: 'tonle sap in the rain' });
    expect(changed.status).toBe(204);
    expectProblem(await t.http.get('/api/auth/me').set(bearer(elsewhere)), 401, 'unauthenticated');
    expect((await t.http.get('/api/auth/me').set(bearer(current))).status).toBe(200);
    expectProblem(await login('cso.signatory@daikou.demo', DEMO_PASSWORD, ip), 401, 'invalid_credentials');
    expect((await login('cso.signatory@daikou.demo', 'tonle sap in the rain', ip)).status).toBe(200);
  });

  it('deactivating a user ends their sessions at once and they cannot sign in again', async () => {
    const ip = newClientIp();
    const admin = await tokenOf('admin@daikou.demo', ip);
    const userId = await createUser(admin, 'leaving@daikou.test');
    const session = await tokenOf('leaving@daikou.test', ip, 'mekong river at dusk');
    expect((await t.http.get('/api/auth/me').set(bearer(session))).status).toBe(200);

    const deactivated = await t.http.patch(`/api/users/${userId}`).set(bearer(admin)).send({ active: false });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.active).toBe(false);
    expectProblem(await t.http.get('/api/auth/me').set(bearer(session)), 401, 'unauthenticated');
    expectProblem(await login('leaving@daikou.test', 'mekong river at dusk', ip), 401, 'invalid_credentials');
  });

  it('an admin cannot deactivate themself', async () => {
    const admin = await tokenOf('admin@daikou.demo', newClientIp());
    const me = await t.http.get('/api/auth/me').set(bearer(admin));
    const response = await t.http.patch(`/api/users/${me.body.id}`).set(bearer(admin)).send({ active: false });
    expectProblem(response, 409, 'conflict');
    expect((await t.http.get('/api/auth/me').set(bearer(admin))).status).toBe(200);
  });
});

describe('lockout', () => {
  it('locks the account after 5 wrong passwords: the right password then gets 423', async () => {
    const ip = newClientIp();
    for (let attempt = 1; attempt <= 5; attempt++) {
      expectProblem(await login('district@daikou.demo', `wrong password ${attempt}`, ip), 401, 'invalid_credentials');
    }
    expectProblem(await login('district@daikou.demo', DEMO_PASSWORD, ip), 423, 'account_locked');
  });

  it('a successful sign-in resets the count of failures', async () => {
    const ip = newClientIp();
    for (let attempt = 1; attempt <= 4; attempt++) {
      expectProblem(await login('network@daikou.demo', `wrong password ${attempt}`, ip), 401, 'invalid_credentials');
    }
    expect((await login('network@daikou.demo', DEMO_PASSWORD, ip)).status).toBe(200);
    expectProblem(await login('network@daikou.demo', 'wrong password 5', ip), 401, 'invalid_credentials');
    expect((await login('network@daikou.demo', DEMO_PASSWORD, ip)).status).toBe(200);
  });

  it('reactivating a locked account lets the user sign in again', async () => {
    const ip = newClientIp();
    const admin = await tokenOf('admin@daikou.demo', ip);
    const userId = await createUser(admin, 'locked.out@daikou.test');
    for (let attempt = 1; attempt <= 5; attempt++) {
      expectProblem(await login('locked.out@daikou.test', `wrong password ${attempt}`, ip), 401, 'invalid_credentials');
    }
    expect((await t.http.patch(`/api/users/${userId}`).set(bearer(admin)).send({ active: false })).status).toBe(200);
    expect((await t.http.patch(`/api/users/${userId}`).set(bearer(admin)).send({ active: true })).status).toBe(200);
    expect((await login('locked.out@daikou.test', 'mekong river at dusk', ip)).status).toBe(200);
  });
});

describe('CSRF', () => {
  let organizationId: string;
  let cookie: string;
  let token: string;

  beforeAll(async () => {
    const response = await login('sna@daikou.demo', DEMO_PASSWORD, newClientIp());
    token = response.body.token;
    organizationId = response.body.user.organizationId;
    cookie = sessionCookieOf(response.headers['set-cookie']).split(';')[0]!;
  });

  it('refuses a cookie-authenticated write without X-Requested-With, and changes nothing', async () => {
    const response = await t.http.patch(`/api/organizations/${organizationId}`).set('Cookie', cookie).send({ capacities: ['forged'] });
    expectProblem(response, 403, 'csrf');
    const organization = await t.http.get(`/api/organizations/${organizationId}`).set('Cookie', cookie);
    expect(organization.body.capacities).not.toContain('forged');
  });

  it('refuses a cookie-authenticated write with another X-Requested-With value', async () => {
    const response = await t.http
      .patch(`/api/organizations/${organizationId}`)
      .set('Cookie', cookie)
      .set('X-Requested-With', 'XMLHttpRequest')
      .send({ capacities: ['forged'] });
    expectProblem(response, 403, 'csrf');
  });

  it('allows a cookie-authenticated write with X-Requested-With: daikou', async () => {
    const response = await t.http
      .patch(`/api/organizations/${organizationId}`)
      .set('Cookie', cookie)
      .set('X-Requested-With', 'daikou')
      .send({ capacities: ['planning', 'one window service', 'cookie write'] });
    expect(response.status).toBe(200);
    expect(response.body.capacities).toContain('cookie write');
  });

  it('allows a bearer write without the header', async () => {
    const response = await t.http
      .patch(`/api/organizations/${organizationId}`)
      .set(bearer(token))
      .send({ capacities: ['planning', 'one window service', 'bearer write'] });
    expect(response.status).toBe(200);
    expect(response.body.capacities).toContain('bearer write');
  });

  it('refuses a cookie-authenticated logout without the header: the session stays', async () => {
    expectProblem(await t.http.post('/api/auth/logout').set('Cookie', cookie), 403, 'csrf');
    expect((await t.http.get('/api/auth/me').set('Cookie', cookie)).status).toBe(200);
  });
});

describe('login throttle', () => {
  it('answers 429 to the 11th sign-in attempt within a minute from one address, while other addresses still sign in', async () => {
    const ip = newClientIp();
    for (let attempt = 1; attempt <= 10; attempt++) {
      expectProblem(await login('nobody@daikou.demo', 'wrong password', ip), 401, 'invalid_credentials');
    }
    expectProblem(await login('admin@daikou.demo', DEMO_PASSWORD, ip), 429, 'too_many_requests');
    expect((await login('admin@daikou.demo', DEMO_PASSWORD, newClientIp())).status).toBe(200);
  });
});
