// The dashboard section's pages, each loaded on demand (the charts bring recharts, which the first screen must not carry).
import type { RouteObject } from 'react-router';

export const dashboardPages: RouteObject[] = [
  {
    index: true,
    lazy: { Component: async () => (await import('./portfolio-route')).PortfolioRoute },
  },
  {
    path: 'cycle-times',
    lazy: { Component: async () => (await import('./cycle-times-route')).CycleTimesRoute },
  },
  {
    path: 'stuck',
    lazy: { Component: async () => (await import('./stuck-route')).StuckRoute },
  },
];
