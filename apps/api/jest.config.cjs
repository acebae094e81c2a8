module.exports = {
  ...require('../../jest.preset.cjs'),
  roots: ['<rootDir>/src', '<rootDir>/test'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
  // BullMQ connections left reconnecting by the Redis-outage test would otherwise keep the run open.
  forceExit: true,
};
