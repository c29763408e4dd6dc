import type { PersonName } from '@tongban/api-contract';
import { useQuery } from '@tanstack/react-query';
import { apiQuery, withQuery } from './query';

// The server stores a walk-in applicant as `walk-in:` and the id number: it has no account to name.
const WALK_IN = 'walk-in:';

/** The accounts worth asking about: no blanks, no 'system', no walk-ins (their name comes with the item). */
function askable(usernames: readonly (string | null | undefined)[]): string[] {
  const wanted = usernames.filter(
    (name): name is string => Boolean(name) && name !== 'system' && !name!.startsWith(WALK_IN),
  );
  return [...new Set(wanted)].sort();
}

export const peopleQuery = (usernames: readonly string[]) =>
  apiQuery<PersonName[]>(withQuery('/users/names', { usernames: usernames.join(',') }));

/**
 * People's names instead of accounts (alice → 王爱丽), for the workbench and the portal. `nameOf` answers the
 * username itself while names load or for an account the caller may not name; `phoneOf` the office phone.
 */
export function usePeople(usernames: readonly (string | null | undefined)[]) {
  const wanted = askable(usernames);
  const { data } = useQuery({ ...peopleQuery(wanted), enabled: wanted.length > 0, staleTime: 5 * 60_000 });
  const byUsername = new Map((data ?? []).map((person) => [person.username, person]));
  return {
    nameOf: (username: string | null | undefined) => (username ? (byUsername.get(username)?.name ?? username) : '—'),
    phoneOf: (username: string | null | undefined) => (username ? (byUsername.get(username)?.phone ?? null) : null),
  };
}

/** The applicant's name: a walk-in's comes with the item (it has no account), an account holder's from the route. */
export function applicantNameOf(
  view: { applicant: string; walkIn?: { name: string } | null },
  nameOf: (username: string) => string,
): string {
  return view.walkIn?.name ?? nameOf(view.applicant);
}
