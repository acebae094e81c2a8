// Who keeps the indicator library, asked of the same decide() the server enforces: everyone reads it, admins keep it.
import { decide, type Actor } from '@daikou/domain';

export function mayKeepLibrary(actor: Actor): boolean {
  return decide(actor, 'indicatorLibrary.write').allowed;
}
