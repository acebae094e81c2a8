// Every address of the web app. Pages load on demand so the sign-in screen stays light.
import { createBrowserRouter, redirect } from 'react-router';
import { ComingNextPage } from '../components/coming-next-page';
import { PageLoading } from '../components/page-loading';
import { signInRoutePath } from '../features/auth/routes/sign-in-path';
import { requireSectionRole, requireSignedInUser } from './route-guards';
import { RootErrorPage, SectionErrorPage } from './routes/route-error-page';
import { homePathFor, sections } from './sections';

export function createAppRouter() {
  return createBrowserRouter([
    {
      HydrateFallback: PageLoading,
      ErrorBoundary: RootErrorPage,
      children: [
        {
          path: signInRoutePath,
          lazy: { Component: async () => (await import('../features/auth/routes/sign-in-route')).SignInRoute },
        },
        {
          path: '/',
          loader: async ({ request }) => {
            await requireSignedInUser(request);
            return null;
          },
          lazy: { Component: async () => (await import('./routes/app-shell')).AppShell },
          children: [
            {
              index: true,
              loader: async ({ request }) => redirect(homePathFor((await requireSignedInUser(request)).role)),
            },
            {
              ErrorBoundary: SectionErrorPage,
              // Each section says "coming next" until its feature's route replaces it.
              children: sections.map((section) => ({
                path: section.path,
                loader: requireSectionRole(section),
                element: <ComingNextPage titleKey={section.labelKey} />,
              })),
            },
          ],
        },
        {
          path: '*',
          lazy: { Component: async () => (await import('./routes/not-found-route')).NotFoundRoute },
        },
      ],
    },
  ]);
}
