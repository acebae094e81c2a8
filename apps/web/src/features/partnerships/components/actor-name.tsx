// Who took a step: the user themself; the person's name and organisation where the API gives them (the parties of a
// partnership see who acted on it, as the timeline and signatures report); a named account where the user may read
// accounts (administrators); otherwise "another user"; or Daikou for automatic steps.
import { decide } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { useLookups } from '../../../components/lookups';
import { actorOf, useSignedInUser } from '../../../lib/current-user';
import { useBilingual } from '../../../lib/use-bilingual';

interface ActorNameProps {
  id: string | null;
  /** The name as the API reports it with the step, when it does. */
  name?: string | null;
  organizationName?: string | null;
  /** Shown instead of `organizationName` to a reader in Khmer, when the organisation has a Khmer name. */
  organizationNameKm?: string | null;
}

export function ActorName({ id, name, organizationName, organizationNameKm }: ActorNameProps) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const organization = organizationName && inLanguage({ en: organizationName, km: organizationNameKm ?? organizationName });
  const user = useSignedInUser();
  const { UserName } = useLookups();
  if (id === null) return <span>{t('partnerships.history.system')}</span>;
  if (id === user.id) return <span>{t('partnerships.history.you', { name: user.name })}</span>;
  if (name) return <span>{organization ? `${name} (${organization})` : name}</span>;
  if (decide(actorOf(user), 'user.read', { userId: id }).allowed) return <UserName id={id} />;
  return <span className="muted">{t('partnerships.history.someone')}</span>;
}
