import { issuesOf } from '../../test/zod-issues.js';
import { COMMON_PASSWORDS } from '../common-passwords.js';
import { passwordPolicy } from './password.js';

describe('passwordPolicy', () => {
  it.each([
    'correct horse battery',
    'twelve chars',
    'alllowercaseletters',
    'ពាក្យសម្ងាត់ខ្មែររបស់ខ្ញុំ',
    'x'.repeat(256),
  ])('accepts %j: length is the only composition rule', (password) => {
    expect(issuesOf(passwordPolicy, password)).toEqual([]);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(issuesOf(passwordPolicy, '😀'.repeat(12))).toEqual([]);
    expect(issuesOf(passwordPolicy, '😀'.repeat(11))).toEqual([['', 'Password must be at least 12 characters']]);
  });

  it.each([
    ['', 'Password must be at least 12 characters'],
    ['elevenchars', 'Password must be at least 12 characters'],
    ['x'.repeat(257), 'Password must be at most 256 characters'],
    ['password1234', 'This password is too common; choose one that is harder to guess'],
    ['Password1234', 'This password is too common; choose one that is harder to guess'],
    ['QWERTYUIOPASDF', 'This password is too common; choose one that is harder to guess'],
    ['Cambodia2024', 'This password is too common; choose one that is harder to guess'],
  ])('refuses %j', (password, message) => {
    expect(issuesOf(passwordPolicy, password)).toEqual([['', message]]);
  });

  it('refuses a missing password and a non-text one', () => {
    expect(issuesOf(passwordPolicy, undefined)).toEqual([['', 'Required']]);
    expect(issuesOf(passwordPolicy, 123456789012)).toEqual([['', 'Must be text']]);
  });

  it('ships about two hundred common passwords, all long enough to pass the length rule and lower-cased', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(200);
    for (const common of COMMON_PASSWORDS) {
      expect(common.length).toBeGreaterThanOrEqual(12);
      expect(common).toBe(common.toLowerCase());
    }
  });
});
