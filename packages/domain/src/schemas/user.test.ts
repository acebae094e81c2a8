import { issuesOf } from '../../test/zod-issues.js';
import { userCreateInput, userUpdateInput } from './user.js';

const ORGANIZATION_ID = '4f6a2c1e-8b3d-4e5f-9a07-1c2d3e4f5a6b';

const user = {
  email: 'sokha@kya.org.kh',
  name: 'Sokha Chan',
  password: 'mekong river at dusk',
  role: 'cso_officer',
  organizationId: ORGANIZATION_ID,
  isSignatory: true,
  locale: 'km',
};

describe('userCreateInput', () => {
  it('accepts a complete user', () => {
    expect(userCreateInput.parse(user)).toEqual(user);
  });

  it('accepts a user without signatory flag or locale', () => {
    const { isSignatory: _isSignatory, locale: _locale, ...minimal } = user;
    expect(issuesOf(userCreateInput, minimal)).toEqual([]);
  });

  it('lower-cases and trims the e-mail', () => {
    expect(userCreateInput.parse({ ...user, email: ' Sokha@KYA.org.kh ' }).email).toBe('sokha@kya.org.kh');
  });

  it.each([
    ['missing e-mail', { email: undefined }, [['email', 'Required']]],
    ['invalid e-mail', { email: 'sokha@' }, [['email', 'Must be a valid e-mail address']]],
    ['blank name', { name: ' ' }, [['name', 'Must not be empty']]],
    ['short password', { password: 'short' }, [['password', 'Password must be at least 12 characters']]],
    ['common password', { password: 'welcome12345' }, [['password', 'This password is too common; choose one that is harder to guess']]],
    ['unknown role', { role: 'superuser' }, [['role', 'Not one of the allowed values']]],
    ['missing role', { role: undefined }, [['role', 'Required']]],
    ['organisation id that is not a UUID', { organizationId: '42' }, [['organizationId', 'Must be an id in UUID form']]],
    ['missing organisation', { organizationId: undefined }, [['organizationId', 'Required']]],
    ['signatory flag as text', { isSignatory: 'yes' }, [['isSignatory', 'Must be true or false']]],
    ['unsupported locale', { locale: 'fr' }, [['locale', 'Not one of the allowed values']]],
    ['unknown field', { active: true }, [['', 'Unknown field']]],
  ])('refuses a %s', (_case, change, expected) => {
    expect(issuesOf(userCreateInput, { ...user, ...change })).toEqual(expected);
  });
});

describe('userUpdateInput', () => {
  it('accepts a partial change and deactivation', () => {
    expect(userUpdateInput.parse({ active: false })).toEqual({ active: false });
    expect(userUpdateInput.parse({ role: 'sna_officer', locale: 'en' })).toEqual({ role: 'sna_officer', locale: 'en' });
  });

  it.each([
    [{ active: 'no' }, [['active', 'Must be true or false']]],
    [{ password: 'password123456' }, [['password', 'This password is too common; choose one that is harder to guess']]],
    [{ email: 'nobody' }, [['email', 'Must be a valid e-mail address']]],
    [{ organizationId: 'org-1' }, [['organizationId', 'Must be an id in UUID form']]],
    [{ role: 'root' }, [['role', 'Not one of the allowed values']]],
    [{ name: '' }, [['name', 'Must not be empty']]],
    [{ userId: ORGANIZATION_ID }, [['', 'Unknown field']]],
  ])('refuses %j', (change, expected) => {
    expect(issuesOf(userUpdateInput, change)).toEqual(expected);
  });
});
