// The dashboard section's pages, each loaded on demand.
import type { RouteObject } from 'react-router';

export const dashboardPages: RouteObject[] = [];
