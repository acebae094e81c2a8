import { TRANSITION_ERROR_CODES, TRANSITION_ERROR_HTTP_STATUS, TRANSITION_ERROR_MESSAGES, transitionError } from './transition-errors.js';

describe('transition errors', () => {
  it('map to 404 when hidden, 403 when not allowed, 409 when the state forbids it, 422 when input is missing', () => {
    expect(TRANSITION_ERROR_HTTP_STATUS).toEqual({
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
    });
  });

  it('carry their code and HTTP status', () => {
    expect(transitionError('already_signed')).toEqual({ code: 'already_signed', httpStatus: 409 });
  });

  it.each(TRANSITION_ERROR_CODES)('%s is explained in English and in Khmer', (code) => {
    expect(TRANSITION_ERROR_MESSAGES[code].en).toMatch(/^[A-Z]/);
    expect(TRANSITION_ERROR_MESSAGES[code].km).toMatch(/[\u1780-\u17FF]/);
  });
});
