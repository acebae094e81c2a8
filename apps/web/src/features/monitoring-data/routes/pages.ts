// The indicator library's pages, each loaded on demand.
import type { RouteObject } from 'react-router';

export const indicatorLibraryPages: RouteObject[] = [];
