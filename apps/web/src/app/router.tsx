// Every address of the web app. Pages load on demand so the sign-in screen stays light.
import { createBrowserRouter, redirect, type RouteObject } from 'react-router';
import { ComingNextPage } from '../components/coming-next-page';
import { PageLoading } from '../components/page-loading';
import { allFeatureTexts, loadFeatureTranslations, type FeatureTexts } from '../lib/i18n';
import { signInRoutePath } from '../features/auth/routes/sign-in-path';
import { SignInRoute } from '../features/auth/routes/sign-in-route';
import { dashboardPages } from '../features/insight/routes/pages';
import { indicatorLibraryPages } from '../features/monitoring-data/routes/pages';
import { feedbackPages, servicePointPages } from '../features/service-points/routes/pages';
import { requireSectionRole, requireSignedInUser } from './route-guards';
import { RootErrorPage, SectionErrorPage } from './routes/route-error-page';
import { homePathFor, sections, type Section } from './sections';

// The pages of each built section; a section not listed here says "coming next".
const sectionPages: Readonly<Record<string, RouteObject[]>> = {
  dashboard: dashboardPages,
  'service-points': servicePointPages,
  feedback: feedbackPages,
  'indicator-library': indicatorLibraryPages,
  organizations: [
    {
      index: true,
      lazy: {
        Component: async () =>
          (await import('../features/organizations/routes/organization-directory-route')).OrganizationDirectoryRoute,
      },
    },
    {
      path: 'new',
      lazy: {
        loader: async () => (await import('../features/organizations/routes/new-organization-route')).newOrganizationLoader,
        Component: async () => (await import('../features/organizations/routes/new-organization-route')).NewOrganizationRoute,
      },
    },
    {
      path: ':id',
      lazy: {
        loader: async () =>
          (await import('../features/organizations/routes/organization-profile-route')).organizationProfileLoader,
        Component: async () =>
          (await import('../features/organizations/routes/organization-profile-route')).OrganizationProfileRoute,
      },
    },
    {
      path: ':id/edit',
      lazy: {
        loader: async () => (await import('../features/organizations/routes/edit-organization-route')).editOrganizationLoader,
        Component: async () => (await import('../features/organizations/routes/edit-organization-route')).EditOrganizationRoute,
      },
    },
  ],
  users: [
    {
      index: true,
      lazy: { Component: async () => (await import('../features/users/routes/users-route')).UsersRoute },
    },
    {
      path: 'new',
      lazy: { Component: async () => (await import('../features/users/routes/new-user-route')).NewUserRoute },
    },
    {
      path: ':id',
      lazy: {
        loader: async () => (await import('../features/users/routes/user-route')).userLoader,
        Component: async () => (await import('../features/users/routes/user-route')).UserRoute,
      },
    },
  ],
  partnerships: [
    {
      index: true,
      lazy: { Component: async () => (await import('../features/partnerships/routes/partnerships-route')).PartnershipsRoute },
    },
    {
      path: 'new',
      lazy: {
        loader: async () => (await import('../features/partnerships/routes/new-partnership-route')).newPartnershipLoader,
        Component: async () => (await import('../features/partnerships/routes/new-partnership-route')).NewPartnershipRoute,
      },
    },
    {
      path: ':id',
      lazy: {
        loader: async () => (await import('../features/partnerships/routes/partnership-route')).partnershipLoader,
        Component: async () => (await import('../features/partnerships/routes/partnership-route')).PartnershipRoute,
      },
    },
    {
      path: ':id/edit',
      lazy: {
        loader: async () => (await import('../features/partnerships/routes/edit-partnership-route')).editPartnershipLoader,
        Component: async () => (await import('../features/partnerships/routes/edit-partnership-route')).EditPartnershipRoute,
      },
    },
  ],
  notifications: [
    {
      index: true,
      lazy: { Component: async () => (await import('../features/notifications/routes/notifications-route')).NotificationsRoute },
    },
  ],
  audit: [
    {
      index: true,
      lazy: { Component: async () => (await import('../features/audit/routes/audit-route')).AuditRoute },
    },
  ],
};

// The feature texts each section's pages use; a section not listed here may show any feature's (the partnership
// page has tabs from all of them). The dashboard is the reviewers' first screen: it fetches its own texts only.
const sectionTexts: Readonly<Record<string, readonly FeatureTexts[]>> = {
  dashboard: ['insight'],
};

function sectionRoute(section: Section): RouteObject {
  const checkRole = requireSectionRole(section);
  return {
    path: section.path,
    // The role check covers every page of the section; the server still authorises each request.
    loader: async (args) => {
      await Promise.all([checkRole(args), loadFeatureTranslations(sectionTexts[section.path] ?? allFeatureTexts)]);
      return null;
    },
    children: sectionPages[section.path]?.length ? sectionPages[section.path] : [{ index: true, element: <ComingNextPage titleKey={section.labelKey} /> }],
  };
}

export function createAppRouter() {
  return createBrowserRouter([
    {
      HydrateFallback: PageLoading,
      ErrorBoundary: RootErrorPage,
      children: [
        {
          path: signInRoutePath,
          // Part of the first bundle: a new visitor's first screen must not wait for one more fetch.
          Component: SignInRoute,
        },
        {
          path: '/',
          // The feature areas' texts arrive with the sections that use them: a visitor on the way to sign-in never fetches them.
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
            { ErrorBoundary: SectionErrorPage, children: sections.map(sectionRoute) },
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
