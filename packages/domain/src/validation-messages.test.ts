import { VALIDATION_MESSAGES, localizeValidationMessage, validationMessage, type ValidationMessageCode } from './validation-messages.js';

const KHMER = /[\u1780-\u17FF]/;
const codes = Object.keys(VALIDATION_MESSAGES) as ValidationMessageCode[];

describe('VALIDATION_MESSAGES', () => {
  it.each(codes)('%s is written in English and in Khmer', (code) => {
    expect(VALIDATION_MESSAGES[code].en).not.toBe('');
    expect(VALIDATION_MESSAGES[code].km).toMatch(KHMER);
  });

  it('has a distinct English text per code, so a message identifies its code', () => {
    const english = codes.map((code) => VALIDATION_MESSAGES[code].en);
    expect(new Set(english).size).toBe(english.length);
  });

  it('names the rule behind each code the checks of other modules return', () => {
    expect(validationMessage('party_mix_state_missing')).toBe('The parties must include a state organisation');
    expect(validationMessage('role_requires_non_state_organization')).toBe('This role is for staff of a non-state organisation');
  });
});

describe('localizeValidationMessage', () => {
  it('turns a schema message into Khmer', () => {
    expect(localizeValidationMessage('Password must be at least 12 characters', 'km')).toBe(
      'ពាក្យសម្ងាត់ត្រូវមានយ៉ាងហោចណាស់ ១២ តួអក្សរ',
    );
  });

  it('keeps the English for English', () => {
    expect(localizeValidationMessage('Required', 'en')).toBe('Required');
  });

  it('returns a message it does not know unchanged', () => {
    expect(localizeValidationMessage('Invalid input: expected string, received number', 'km')).toBe(
      'Invalid input: expected string, received number',
    );
  });
});
