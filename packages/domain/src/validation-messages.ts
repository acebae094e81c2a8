import type { Bilingual, Locale } from './locale.js';

/**
 * Every message the schemas give, in both languages. The schemas carry the English text (what the API
 * returns); forms show it in the user's language through localizeValidationMessage.
 */
export const VALIDATION_MESSAGES = {
  required: { en: 'Required', km: 'ត្រូវតែបំពេញ' },
  must_be_text: { en: 'Must be text', km: 'ត្រូវតែជាអក្សរ' },
  must_be_list: { en: 'Must be a list', km: 'ត្រូវតែជាបញ្ជី' },
  must_be_object: { en: 'Must be an object with fields', km: 'ត្រូវតែជាវត្ថុដែលមានវាល' },
  must_be_boolean: { en: 'Must be true or false', km: 'ត្រូវតែជា true ឬ false' },
  unknown_field: { en: 'Unknown field', km: 'វាលមិនស្គាល់' },
  text_empty: { en: 'Must not be empty', km: 'មិនអាចទុកទទេបានទេ' },
  too_long_100: { en: 'Must be at most 100 characters', km: 'មិនអាចលើសពី ១០០ តួអក្សរ' },
  too_long_200: { en: 'Must be at most 200 characters', km: 'មិនអាចលើសពី ២០០ តួអក្សរ' },
  too_long_254: { en: 'Must be at most 254 characters', km: 'មិនអាចលើសពី ២៥៤ តួអក្សរ' },
  too_long_2000: { en: 'Must be at most 2,000 characters', km: 'មិនអាចលើសពី ២ ០០០ តួអក្សរ' },
  too_long_5000: { en: 'Must be at most 5,000 characters', km: 'មិនអាចលើសពី ៥ ០០០ តួអក្សរ' },
  too_long_10000: { en: 'Must be at most 10,000 characters', km: 'មិនអាចលើសពី ១០ ០០០ តួអក្សរ' },
  too_long_20000: { en: 'Must be at most 20,000 characters', km: 'មិនអាចលើសពី ២០ ០០០ តួអក្សរ' },
  too_many_entries: { en: 'Must have at most 50 entries', km: 'មិនអាចមានលើសពី ៥០ ធាតុ' },
  duplicate_entry: { en: 'Must not list the same entry twice', km: 'មិនអាចមានធាតុដដែលពីរដងបានទេ' },
  option_invalid: { en: 'Not one of the allowed values', km: 'មិនមែនជាតម្លៃមួយក្នុងចំណោមតម្លៃដែលអនុញ្ញាតទេ' },
  email_invalid: { en: 'Must be a valid e-mail address', km: 'ត្រូវតែជាអាសយដ្ឋានអ៊ីមែលត្រឹមត្រូវ' },
  password_missing: { en: 'Enter your password', km: 'សូមបញ្ចូលពាក្យសម្ងាត់' },
  password_too_short: {
    en: 'Password must be at least 12 characters',
    km: 'ពាក្យសម្ងាត់ត្រូវមានយ៉ាងហោចណាស់ ១២ តួអក្សរ',
  },
  password_too_long: {
    en: 'Password must be at most 256 characters',
    km: 'ពាក្យសម្ងាត់មិនអាចលើសពី ២៥៦ តួអក្សរ',
  },
  password_too_common: {
    en: 'This password is too common; choose one that is harder to guess',
    km: 'ពាក្យសម្ងាត់នេះប្រើទូទៅពេក សូមជ្រើសរើសពាក្យសម្ងាត់ដែលពិបាកទាយជាងនេះ',
  },
  uuid_invalid: { en: 'Must be an id in UUID form', km: 'ត្រូវតែជាលេខសម្គាល់ក្នុងទម្រង់ UUID' },
  admin_unit_code_invalid: {
    en: 'Must be an administrative unit code of 2, 4, 6 or 8 digits',
    km: 'ត្រូវតែជាលេខកូដអង្គភាពរដ្ឋបាលដែលមាន ២ ៤ ៦ ឬ ៨ ខ្ទង់',
  },
  name_km_not_khmer: { en: 'Must be written in Khmer script', km: 'ត្រូវតែសរសេរជាអក្សរខ្មែរ' },
  type_does_not_fit_kind: {
    en: 'This organisation type does not belong to the chosen kind',
    km: 'ប្រភេទអង្គភាពនេះមិនត្រូវគ្នានឹងប្រភេទស្ថាប័នដែលបានជ្រើសរើសទេ',
  },
  sectors_required: { en: 'Choose at least one sector', km: 'សូមជ្រើសរើសវិស័យយ៉ាងហោចណាស់មួយ' },
  limit_invalid: { en: 'Must be a whole number from 1 to 200', km: 'ត្រូវតែជាចំនួនគត់ពី ១ ដល់ ២០០' },
  province_code_invalid: { en: 'Must be a province code of 2 digits', km: 'ត្រូវតែជាលេខកូដខេត្តដែលមាន ២ ខ្ទង់' },
  cursor_invalid: {
    en: 'Must be the cursor returned with the previous page',
    km: 'ត្រូវតែជាសញ្ញាសម្គាល់ទំព័រដែលបានផ្តល់ជាមួយទំព័រមុន',
  },
  date_invalid: {
    en: 'Must be a calendar date written YYYY-MM-DD',
    km: 'ត្រូវតែជាកាលបរិច្ឆេទត្រឹមត្រូវ សរសេរជាទម្រង់ YYYY-MM-DD',
  },
  end_date_before_start: {
    en: 'The end date must not be before the start date',
    km: 'កាលបរិច្ឆេទបញ្ចប់មិនអាចនៅមុនកាលបរិច្ឆេទចាប់ផ្តើមបានទេ',
  },
  parties_too_few: {
    en: 'A partnership needs at least two parties',
    km: 'ភាពជាដៃគូត្រូវមានភាគីយ៉ាងហោចណាស់ពីរ',
  },
  admin_units_required: {
    en: 'Choose at least one administrative area',
    km: 'សូមជ្រើសរើសតំបន់រដ្ឋបាលយ៉ាងហោចណាស់មួយ',
  },
  not_a_party: {
    en: 'Must be one of the partnership’s parties',
    km: 'ត្រូវតែជាភាគីមួយនៃភាពជាដៃគូនេះ',
  },
  carried_by_invalid: {
    en: 'Must be a party’s organisation id or "shared"',
    km: 'ត្រូវតែជាលេខសម្គាល់អង្គភាពរបស់ភាគីណាមួយ ឬ "shared"',
  },
  amount_invalid: { en: 'Must be a number not below zero', km: 'ត្រូវតែជាចំនួនដែលមិនតិចជាងសូន្យ' },
  currency_invalid: {
    en: 'Must be a three-letter currency code such as KHR or USD',
    km: 'ត្រូវតែជាកូដរូបិយប័ណ្ណបីអក្សរ ដូចជា KHR ឬ USD',
  },
  currency_required: {
    en: 'Give the currency of the amount',
    km: 'សូមបញ្ជាក់រូបិយប័ណ្ណនៃចំនួនទឹកប្រាក់',
  },
  party_mix_state_missing: {
    en: 'The parties must include a state organisation',
    km: 'ភាគីត្រូវរួមមានស្ថាប័នរដ្ឋយ៉ាងហោចណាស់មួយ',
  },
  party_mix_non_state_missing: {
    en: 'The parties must include a non-state organisation',
    km: 'ភាគីត្រូវរួមមានអង្គការមិនមែនរដ្ឋយ៉ាងហោចណាស់មួយ',
  },
  clause_key_invalid: {
    en: 'Must be 1 to 50 lower-case letters, digits or underscores',
    km: 'ត្រូវតែមានពី ១ ដល់ ៥០ តួ ដែលជាអក្សរឡាតាំងតូច លេខ ឬសញ្ញា _',
  },
  clauses_required: { en: 'Write at least one clause', km: 'សូមសរសេរប្រការយ៉ាងហោចណាស់មួយ' },
  too_many_clauses: { en: 'Must have at most 60 clauses', km: 'មិនអាចមានលើសពី ៦០ ប្រការ' },
  version_number_invalid: {
    en: 'Must be a version number: a whole number from 1',
    km: 'ត្រូវតែជាលេខកំណែ៖ ចំនួនគត់ចាប់ពី ១ ឡើងទៅ',
  },
  role_requires_state_organization: {
    en: 'This role is for staff of a state organisation',
    km: 'តួនាទីនេះសម្រាប់តែបុគ្គលិករបស់ស្ថាប័នរដ្ឋ',
  },
  role_requires_non_state_organization: {
    en: 'This role is for staff of a non-state organisation',
    km: 'តួនាទីនេះសម្រាប់តែបុគ្គលិករបស់អង្គការមិនមែនរដ្ឋ',
  },
  attendees_required: { en: 'List at least one attendee', km: 'សូមរាយឈ្មោះអ្នកចូលរួមយ៉ាងហោចណាស់ម្នាក់' },
  too_many_attendees: { en: 'Must have at most 500 attendees', km: 'មិនអាចមានអ្នកចូលរួមលើសពី ៥០០ នាក់' },
  contributor_not_in_activity: {
    en: 'Must be the lead or a contributing organisation of the activity',
    km: 'ត្រូវតែជាអង្គភាពដឹកនាំ ឬអង្គភាពចូលរួមចំណែកនៃសកម្មភាពនេះ',
  },
  number_invalid: { en: 'Must be a number', km: 'ត្រូវតែជាលេខ' },
  count_invalid: { en: 'Must be a whole number not below zero', km: 'ត្រូវតែជាចំនួនគត់ដែលមិនតិចជាងសូន្យ' },
  score_invalid: {
    en: 'Must be a score from 1 to 5, with at most two decimals',
    km: 'ត្រូវតែជាពិន្ទុពី ១ ដល់ ៥ ដែលមានខ្ទង់ទសភាគយ៉ាងច្រើនពីរខ្ទង់',
  },
  rating_invalid: { en: 'Must be a whole number from 1 to 5', km: 'ត្រូវតែជាចំនួនគត់ពី ១ ដល់ ៥' },
  criteria_required: { en: 'Score at least one criterion', km: 'សូមដាក់ពិន្ទុលើលក្ខណៈវិនិច្ឆ័យយ៉ាងហោចណាស់មួយ' },
  too_many_criteria: { en: 'Must have at most 40 criteria', km: 'មិនអាចមានលក្ខណៈវិនិច្ឆ័យលើសពី ៤០ ទេ' },
  participants_required: { en: 'Count at least one participant', km: 'សូមរាប់អ្នកចូលរួមយ៉ាងហោចណាស់ម្នាក់' },
  participants_exceed_total: {
    en: 'Must not be more than the female and male participants together',
    km: 'មិនអាចលើសពីចំនួនអ្នកចូលរួមស្រី និងប្រុសរួមគ្នាទេ',
  },
  service_point_area_invalid: {
    en: 'Must be a commune code of 6 digits or a village code of 8 digits',
    km: 'ត្រូវតែជាលេខកូដឃុំ សង្កាត់ ៦ ខ្ទង់ ឬលេខកូដភូមិ ៨ ខ្ទង់',
  },
  assessment_period_invalid: {
    en: 'Must be a year (2025), a quarter (2025-Q2) or a month (2025-07)',
    km: 'ត្រូវតែជាឆ្នាំ (2025) ត្រីមាស (2025-Q2) ឬខែ (2025-07)',
  },
  month_invalid: { en: 'Must be a month written YYYY-MM', km: 'ត្រូវតែជាខែ សរសេរជាទម្រង់ YYYY-MM' },
  months_reversed: { en: 'Must not come before the first month', km: 'មិនអាចនៅមុនខែដំបូងបានទេ' },
  // Checked by the API against the database (the schemas cannot know them).
  admin_unit_unknown: { en: 'No administrative unit has this code', km: 'គ្មានអង្គភាពរដ្ឋបាលណាមានលេខកូដនេះទេ' },
  organization_unknown: { en: 'No organisation has this id', km: 'គ្មានអង្គភាពណាមានលេខសម្គាល់នេះទេ' },
  service_point_unknown: { en: 'No service point has this id', km: 'គ្មានចំណុចផ្តល់សេវាណាមានលេខសម្គាល់នេះទេ' },
  email_taken: { en: 'Another account already uses this e-mail address', km: 'គណនីផ្សេងទៀតបានប្រើអាសយដ្ឋានអ៊ីមែលនេះរួចហើយ' },
  endorser_invalid: {
    en: 'Must be another state organisation',
    km: 'ត្រូវតែជាស្ថាប័នរដ្ឋផ្សេងទៀត',
  },
  own_organization_required: {
    en: 'Your organisation must stay a party',
    km: 'អង្គភាពរបស់អ្នកត្រូវតែនៅជាភាគី',
  },
  outside_partnership_dates: {
    en: 'Must fall within the partnership’s start and end dates',
    km: 'ត្រូវតែស្ថិតនៅចន្លោះកាលបរិច្ឆេទចាប់ផ្តើម និងកាលបរិច្ឆេទបញ្ចប់នៃភាពជាដៃគូ',
  },
  period_not_an_occurrence: {
    en: 'Must be a due date of this commitment',
    km: 'ត្រូវតែជាកាលបរិច្ឆេទកំណត់មួយនៃកិច្ចសន្យានេះ',
  },
  indicator_not_in_partnership: {
    en: 'Must be an indicator of this partnership',
    km: 'ត្រូវតែជាសូចនាករមួយនៃភាពជាដៃគូនេះ',
  },
  disaggregation_not_declared: {
    en: 'This indicator is not broken down this way',
    km: 'សូចនាករនេះមិនត្រូវបានបែងចែកតាមរបៀបនេះទេ',
  },
  file_type_not_allowed: {
    en: 'Must be a PDF, JPEG, PNG, WebP, CSV, plain text, Word (.docx) or Excel (.xlsx) file',
    km: 'ត្រូវតែជាឯកសារ PDF, JPEG, PNG, WebP, CSV, អត្ថបទធម្មតា, Word (.docx) ឬ Excel (.xlsx)',
  },
  file_content_mismatch: {
    en: 'The file’s content is not what its type or name says',
    km: 'ខ្លឹមសារនៃឯកសារមិនត្រូវនឹងប្រភេទ ឬឈ្មោះរបស់វាទេ',
  },
  current_password_wrong: { en: 'The current password is wrong', km: 'ពាក្យសម្ងាត់បច្ចុប្បន្នមិនត្រឹមត្រូវទេ' },
  period_in_future: {
    en: 'This period has not begun yet',
    km: 'រយៈពេលនេះមិនទាន់ចាប់ផ្តើមនៅឡើយទេ',
  },
  period_outside_partnership: {
    en: 'Must overlap the partnership’s start and end dates',
    km: 'ត្រូវតែត្រួតគ្នាជាមួយកាលបរិច្ឆេទចាប់ផ្តើម និងកាលបរិច្ឆេទបញ្ចប់នៃភាពជាដៃគូ',
  },
  comment_required: { en: 'Write a comment for this action', km: 'សូមសរសេរមតិយោបល់សម្រាប់សកម្មភាពនេះ' },
  reason_required: { en: 'Give a reason for this action', km: 'សូមផ្តល់មូលហេតុសម្រាប់សកម្មភាពនេះ' },
} as const satisfies Record<string, Bilingual>;

export type ValidationMessageCode = keyof typeof VALIDATION_MESSAGES;

/** The English message the schemas attach for `code`. */
export function validationMessage(code: ValidationMessageCode): string {
  return VALIDATION_MESSAGES[code].en;
}

const CODE_BY_ENGLISH = new Map<string, ValidationMessageCode>(
  (Object.keys(VALIDATION_MESSAGES) as ValidationMessageCode[]).map((code) => [VALIDATION_MESSAGES[code].en, code]),
);

/** A schema's message in `locale`; a message not written here (zod's own) is returned unchanged. */
export function localizeValidationMessage(message: string, locale: Locale): string {
  const code = CODE_BY_ENGLISH.get(message);
  return code === undefined ? message : VALIDATION_MESSAGES[code][locale];
}
