import type { Bilingual } from './locale.js';

export const TRANSITION_ERROR_CODES = [
  'not_visible',
  'forbidden',
  'invalid_status',
  'comment_required',
  'reason_required',
  'mou_version_required',
  'already_signed',
  'not_signatory',
  'final_review_required',
  'already_endorsed',
  'endorsement_required',
  'amendment_open',
  'minutes_missing',
  'minutes_already_approved',
  'already_rated',
  'activity_move_not_allowed',
  'report_values_missing',
  'action_item_move_not_allowed',
  'feedback_move_not_allowed',
] as const;
export type TransitionErrorCode = (typeof TRANSITION_ERROR_CODES)[number];

export type TransitionHttpStatus = 403 | 404 | 409 | 422;

export interface TransitionError {
  code: TransitionErrorCode;
  httpStatus: TransitionHttpStatus;
}

// 409: the partnership is not in a state that allows the action; 422: the request lacks required input.
export const TRANSITION_ERROR_HTTP_STATUS: Readonly<Record<TransitionErrorCode, TransitionHttpStatus>> = {
  not_visible: 404,
  forbidden: 403,
  invalid_status: 409,
  comment_required: 422,
  reason_required: 422,
  mou_version_required: 409,
  already_signed: 409,
  not_signatory: 403,
  final_review_required: 409,
  already_endorsed: 409,
  endorsement_required: 409,
  amendment_open: 409,
  minutes_missing: 409,
  minutes_already_approved: 409,
  already_rated: 409,
  activity_move_not_allowed: 409,
  report_values_missing: 409,
  action_item_move_not_allowed: 409,
  feedback_move_not_allowed: 409,
};

export const TRANSITION_ERROR_MESSAGES: Readonly<Record<TransitionErrorCode, Bilingual>> = {
  not_visible: { en: 'Partnership not found', km: 'រកមិនឃើញភាពជាដៃគូ' },
  forbidden: { en: 'You are not allowed to do this', km: 'អ្នកមិនមានសិទ្ធិធ្វើសកម្មភាពនេះទេ' },
  invalid_status: {
    en: 'This action is not possible in the partnership’s current status',
    km: 'សកម្មភាពនេះមិនអាចធ្វើបានក្នុងស្ថានភាពបច្ចុប្បន្ននៃភាពជាដៃគូទេ',
  },
  comment_required: { en: 'A comment is required for this action', km: 'សកម្មភាពនេះតម្រូវឱ្យមានមតិយោបល់' },
  reason_required: { en: 'A reason is required for this action', km: 'សកម្មភាពនេះតម្រូវឱ្យមានមូលហេតុ' },
  mou_version_required: {
    en: 'Write a version of the MoU before submitting it',
    km: 'សូមរៀបចំកំណែអនុស្សរណៈនៃការយោគយល់គ្នាមុននឹងដាក់ស្នើ',
  },
  already_signed: {
    en: 'Your organisation has already signed this MoU',
    km: 'អង្គភាពរបស់អ្នកបានចុះហត្ថលេខាលើអនុស្សរណៈនេះរួចហើយ',
  },
  not_signatory: {
    en: 'Only a signatory of your organisation may sign',
    km: 'មានតែអ្នកមានសិទ្ធិចុះហត្ថលេខារបស់អង្គភាពអ្នកប៉ុណ្ណោះដែលអាចចុះហត្ថលេខាបាន',
  },
  final_review_required: {
    en: 'Record a final review before closing the partnership',
    km: 'សូមកត់ត្រាការពិនិត្យចុងក្រោយមុននឹងបិទភាពជាដៃគូ',
  },
  already_endorsed: {
    en: 'Your organisation has already endorsed this stage of the review',
    km: 'អង្គភាពរបស់អ្នកបានគាំទ្រដំណាក់កាលពិនិត្យនេះរួចហើយ',
  },
  endorsement_required: {
    en: 'Every parent administration asked must endorse before the review can be decided',
    km: 'រដ្ឋបាលថ្នាក់លើទាំងអស់ដែលត្រូវបានស្នើសុំ ត្រូវផ្តល់ការគាំទ្រជាមុនសិន ទើបអាចសម្រេចលើការពិនិត្យបាន',
  },
  amendment_open: {
    en: 'An amendment of this MoU is already under way',
    km: 'វិសោធនកម្មនៃអនុស្សរណៈនេះកំពុងដំណើរការរួចហើយ',
  },
  minutes_missing: {
    en: 'Write the minutes of the meeting before approving them',
    km: 'សូមសរសេរកំណត់ហេតុនៃកិច្ចប្រជុំមុននឹងអនុម័ត',
  },
  minutes_already_approved: {
    en: 'Your organisation has already approved these minutes',
    km: 'អង្គភាពរបស់អ្នកបានអនុម័តកំណត់ហេតុនេះរួចហើយ',
  },
  already_rated: {
    en: 'Your organisation has already rated this commitment for this date',
    km: 'អង្គភាពរបស់អ្នកបានវាយតម្លៃកិច្ចសន្យានេះសម្រាប់កាលបរិច្ឆេទនេះរួចហើយ',
  },
  activity_move_not_allowed: {
    en: 'The activity cannot move from its current status to this one',
    km: 'សកម្មភាពនេះមិនអាចប្តូរពីស្ថានភាពបច្ចុប្បន្នទៅស្ថានភាពនេះបានទេ',
  },
  report_values_missing: {
    en: 'Enter at least one value before submitting the report',
    km: 'សូមបញ្ចូលតម្លៃយ៉ាងហោចណាស់មួយមុននឹងដាក់ស្នើរបាយការណ៍',
  },
  action_item_move_not_allowed: {
    en: 'The action item cannot move from its current status to this one',
    km: 'ចំណុចសកម្មភាពនេះមិនអាចប្តូរពីស្ថានភាពបច្ចុប្បន្នទៅស្ថានភាពនេះបានទេ',
  },
  feedback_move_not_allowed: {
    en: 'The feedback cannot move from its current status to this one',
    km: 'មតិកែលម្អនេះមិនអាចប្តូរពីស្ថានភាពបច្ចុប្បន្នទៅស្ថានភាពនេះបានទេ',
  },
};

export function transitionError(code: TransitionErrorCode): TransitionError {
  return { code, httpStatus: TRANSITION_ERROR_HTTP_STATUS[code] };
}
