import { issuesOf } from '../../test/zod-issues.js';
import { loginInput } from './auth.js';

describe('loginInput', () => {
  it('accepts an e-mail and a password, normalising the e-mail', () => {
    expect(loginInput.parse({ email: '  Sokha@Example.ORG ', password: 'x' })).toEqual({
      email: 'sokha@example.org',
      password: 'x',
    });
  });

  it('does not apply the new-password policy to existing passwords', () => {
    expect(issuesOf(loginInput, { email: 'a@example.org', password: 'password' })).toEqual([]);
  });

  it.each([
    [{ password: 'secret' }, [['email', 'Required']]],
    [{ email: 'not-an-address', password: 'secret' }, [['email', 'Must be a valid e-mail address']]],
    [{ email: 'a@example.org' }, [['password', 'Enter your password']]],
    [{ email: 'a@example.org', password: '' }, [['password', 'Enter your password']]],
    [{ email: 'a@example.org', password: 'x'.repeat(257) }, [['password', 'Password must be at most 256 characters']]],
    [{ email: 'a@example.org', password: 'secret', remember: true }, [['', 'Unknown field']]],
    ['a@example.org', [['', 'Must be an object with fields']]],
  ])('refuses %j', (input, expected) => {
    expect(issuesOf(loginInput, input)).toEqual(expected);
  });

  it('refuses an e-mail longer than 254 characters', () => {
    expect(issuesOf(loginInput, { email: `${'a'.repeat(250)}@example.org`, password: 'x' })).toEqual([
      ['email', 'Must be at most 254 characters'],
    ]);
  });
});
