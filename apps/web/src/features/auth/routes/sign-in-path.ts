// Where to send someone who must sign in, and where to take them back afterwards.

export const signInRoutePath = '/sign-in';

export function signInPath(returnTo: string): string {
  return returnTo === '/' ? signInRoutePath : `${signInRoutePath}?next=${encodeURIComponent(returnTo)}`;
}

// Only same-site paths are followed, so a crafted link cannot send the user elsewhere after sign-in.
export function returnPathAfterSignIn(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
