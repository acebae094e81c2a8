// A person named by their user id (also lent to other features: src/app/lookups.tsx).
import { useUser } from '../api/get-user';

export function UserName({ id }: { id: string }) {
  const { data: user, isError } = useUser(id);
  if (!user) return <span className="muted">{isError ? id : '…'}</span>;
  return <span title={user.email}>{user.name}</span>;
}
