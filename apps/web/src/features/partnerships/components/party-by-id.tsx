// An organisation named in joint work: by the partnership's names for it when it is a party, else looked up.
import { useLookups } from '../../../components/lookups';
import type { Partnership } from '../api/get-partnership';
import { PartyName } from './party-name';

export function PartyById({ parties, id }: { parties: Partnership['parties']; id: string }) {
  const { OrganizationName } = useLookups();
  const party = parties.find((candidate) => candidate.organizationId === id);
  return party ? <PartyName party={party} /> : <OrganizationName id={id} />;
}
