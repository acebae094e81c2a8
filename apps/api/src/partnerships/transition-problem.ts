// The domain's refusal of a lifecycle step, as the problem the API answers with.
import { TRANSITION_ERROR_MESSAGES, type TransitionError, validationMessage } from '@daikou/domain';
import { Problem } from '../common/problem';

export function transitionProblem(error: TransitionError): Problem {
  const problem = problemFor(error);
  problem.code = error.code;
  return problem;
}

function problemFor(error: TransitionError): Problem {
  const message = TRANSITION_ERROR_MESSAGES[error.code as keyof typeof TRANSITION_ERROR_MESSAGES]?.en ?? error.code;
  switch (error.code) {
    case 'not_visible':
      return new Problem('not_found', 'The partnership was not found');
    case 'invalid_status':
      return new Problem('invalid_status', message);
    case 'comment_required':
      return new Problem('validation', message, [{ path: 'comment', message: validationMessage('comment_required') }]);
    case 'reason_required':
      return new Problem('validation', message, [{ path: 'reason', message: validationMessage('reason_required') }]);
    default:
      return new Problem(error.httpStatus === 403 ? 'forbidden' : 'conflict', message, undefined, error.httpStatus);
  }
}
