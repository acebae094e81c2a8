// The indicator library's pages, each loaded on demand.
import type { RouteObject } from 'react-router';

export const indicatorLibraryPages: RouteObject[] = [
  {
    index: true,
    lazy: { Component: async () => (await import('./indicator-library-route')).IndicatorLibraryRoute },
  },
  {
    path: 'new',
    lazy: {
      loader: async () => (await import('./new-library-indicator-route')).newLibraryIndicatorLoader,
      Component: async () => (await import('./new-library-indicator-route')).NewLibraryIndicatorRoute,
    },
  },
  {
    path: ':id/edit',
    lazy: {
      loader: async () => (await import('./edit-library-indicator-route')).editLibraryIndicatorLoader,
      Component: async () => (await import('./edit-library-indicator-route')).EditLibraryIndicatorRoute,
    },
  },
];
