// The service point and feedback sections' pages, each loaded on demand.
import type { RouteObject } from 'react-router';

export const servicePointPages: RouteObject[] = [
  {
    index: true,
    lazy: { Component: async () => (await import('./service-points-route')).ServicePointsRoute },
  },
  {
    path: 'new',
    lazy: {
      loader: async () => (await import('./new-service-point-route')).newServicePointLoader,
      Component: async () => (await import('./new-service-point-route')).NewServicePointRoute,
    },
  },
  {
    path: ':id',
    lazy: {
      loader: async () => (await import('./service-point-route')).servicePointLoader,
      Component: async () => (await import('./service-point-route')).ServicePointRoute,
    },
  },
  {
    path: ':id/scorecards/new',
    lazy: {
      loader: async () => (await import('./new-scorecard-route')).newScorecardLoader,
      Component: async () => (await import('./new-scorecard-route')).NewScorecardRoute,
    },
  },
  {
    path: ':id/scorecards/:scorecardId',
    lazy: {
      loader: async () => (await import('./scorecard-route')).scorecardLoader,
      Component: async () => (await import('./scorecard-route')).ScorecardRoute,
    },
  },
];

export const feedbackPages: RouteObject[] = [
  {
    index: true,
    lazy: { Component: async () => (await import('./feedback-inbox-route')).FeedbackInboxRoute },
  },
];
