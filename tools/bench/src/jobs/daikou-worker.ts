// A job worker process (the API's worker role, every job handler) that also knows the benchmark's no-op job, without
// the periodic jobs; runs until SIGTERM.
import { startDaikouApp } from './daikou-app.js';

startDaikouApp('worker', { schedules: false })
  .then(() => console.log('worker ready'))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
