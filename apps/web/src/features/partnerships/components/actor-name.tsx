// Who took a step: the user themself, a named person where the user may read accounts (administrators),
// otherwise "another user" (the API shows accounts to administrators only), or Daikou for automatic steps.
import { decide } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { useLookups } from '../../../components/lookups';
import { actorOf, useSignedInUser } from '../../../lib/current-user';

export function ActorName({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { UserName } = useLookups();
  if (id === null) return <span>{t('partnerships.history.system')}</span>;
  if (id === user.id) return <span>{t('partnerships.history.you', { name: user.name })}</span>;
  if (decide(actorOf(user), 'user.read', { userId: id }).allowed) return <UserName id={id} />;
  return <span className="muted">{t('partnerships.history.someone')}</span>;
}
