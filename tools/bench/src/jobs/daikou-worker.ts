// A job worker process (the API's worker role) that also knows the benchmark's no-op job; runs until SIGTERM.
import { startDaikouApp } from './daikou-app.js';

startDaikouApp('worker')
  .then(() => console.log('worker ready'))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
