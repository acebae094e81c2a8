// Router loaders that send signed-out visitors to sign-in and refuse sections outside the user's role.
import { data, redirect, type LoaderFunctionArgs } from 'react-router';
import { currentUserQueryOptions, type CurrentUser } from '../lib/current-user';
import { signInPath } from '../features/auth/routes/sign-in-path';
import { hasStatus } from '../lib/api-error';
import { queryClient } from '../lib/query-client';
import { sectionAllows, type Section } from './sections';

export async function requireSignedInUser(request: Request): Promise<CurrentUser> {
  try {
    return await queryClient.ensureQueryData(currentUserQueryOptions());
  } catch (error) {
    if (hasStatus(error, 401)) {
      const url = new URL(request.url);
      throw redirect(signInPath(url.pathname + url.search));
    }
    throw error;
  }
}

export function requireSectionRole(section: Section) {
  return async ({ request }: LoaderFunctionArgs) => {
    const user = await requireSignedInUser(request);
    if (!sectionAllows(section, user.role)) throw data(null, { status: 403 });
    return null;
  };
}
