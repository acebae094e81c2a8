// Where things are in the repository, from this package's compiled location (tools/bench/dist).
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const API_DIR = path.join(REPO_ROOT, 'apps', 'api');
/** The built web app; DAIKOU_WEB_DIST picks another build, as it does for the API. */
export const WEB_DIST = path.resolve(process.env.DAIKOU_WEB_DIST ?? path.join(REPO_ROOT, 'apps', 'web', 'dist'));
export const RESULTS_DIR = path.join(REPO_ROOT, 'bench', 'results');
export const PERFORMANCE_DOC = path.join(REPO_ROOT, 'docs', 'PERFORMANCE.md');

export const apiScript = (relative: string) => path.join(API_DIR, 'dist', relative);
