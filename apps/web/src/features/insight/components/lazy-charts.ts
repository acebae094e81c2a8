// The recharts charts, each fetched when first drawn (see DrawnWhenSeen): the figures around them, with their
// tables, need no recharts.
import { lazy } from 'react';

export const CountBarChart = lazy(async () => ({ default: (await import('./count-bar-chart')).CountBarChart }));
export const TrendChart = lazy(async () => ({ default: (await import('./trend-chart')).TrendChart }));
export const AccountabilityChart = lazy(async () => ({ default: (await import('./accountability-chart')).AccountabilityChart }));
