// Shared Jest settings: TypeScript (and ESM-only @nestjs packages) through @swc/jest, CommonJS output.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swc] },
  transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm|@nestjs)/)'],
  moduleNameMapper: {
    '^@daikou/domain$': '<rootDir>/../../packages/domain/src/index.ts',
    '^@daikou/gazetteer$': '<rootDir>/../../packages/gazetteer/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};
