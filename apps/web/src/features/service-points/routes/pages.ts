// The service point and feedback sections' pages, each loaded on demand.
import type { RouteObject } from 'react-router';

export const servicePointPages: RouteObject[] = [];
export const feedbackPages: RouteObject[] = [];
