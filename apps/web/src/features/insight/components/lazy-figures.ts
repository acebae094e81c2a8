// The dashboard's charts load after its headline figures: recharts is most of the page's script, and the dashboard is
// the first screen reviewers see, so the counts come first and the pictures follow.
import { lazy } from 'react';

export const CountsFigure = lazy(async () => ({ default: (await import('./counts-figure')).CountsFigure }));
export const AccountabilityFigure = lazy(async () => ({ default: (await import('./accountability-figure')).AccountabilityFigure }));
export const EquityGapTrendFigure = lazy(async () => ({ default: (await import('./equity-gap-trend-figure')).EquityGapTrendFigure }));
export const ScorecardTrendFigure = lazy(async () => ({ default: (await import('./scorecard-trend-figure')).ScorecardTrendFigure }));
