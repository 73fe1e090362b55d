/**
 * Module boundaries (STYLE.md § Dependency rules), checked in `npm test`.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles anywhere.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'platform-knows-no-modules',
      severity: 'error',
      comment: 'platform/ holds infrastructure only; it never imports a feature module.',
      from: { path: '^apps/server/src/platform/' },
      to: { path: '^apps/server/src/modules/' },
    },
    {
      name: 'modules-through-index-only',
      severity: 'error',
      comment: 'Another module is reached only through its index.ts.',
      from: { path: '^apps/server/src/modules/([^/]+)/' },
      to: {
        path: '^apps/server/src/modules/[^/]+/',
        pathNot: ['^apps/server/src/modules/$1/', '^apps/server/src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'outside-modules-through-index-only',
      severity: 'error',
      comment: 'Entry points, the CLI and the demo seed use modules through their index.ts.',
      from: { path: '^apps/server/src/(?!modules/)' },
      to: {
        path: '^apps/server/src/modules/[^/]+/',
        pathNot: ['^apps/server/src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'domain/ has no framework, SQL, HTTP or platform imports.',
      from: { path: '^apps/server/src/modules/[^/]+/domain/' },
      to: {
        path: [
          '^apps/server/src/(platform|cli|app\\.ts|system\\.ts)',
          'node_modules/(fastify|@fastify|pg|drizzle-orm|graphile-worker|pino)/',
        ],
      },
    },
    {
      name: 'packages-never-import-apps',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-are-separate',
      severity: 'error',
      comment: 'Apps share code only through packages/ (the Zalo simulator entry: see the next rule).',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: ['^apps/$1/', '^apps/zalo-sim/server/'] },
    },
    {
      name: 'simulator-mounted-by-demo-and-tests-only',
      severity: 'error',
      comment:
        'The Zalo simulator stands in for Zalo: only the demo system and the server tests mount it, through its server entry.',
      from: { path: '^apps/', pathNot: '^apps/(zalo-sim/|server/(src/system\\.ts$|test/|src/.*\\.test\\.ts$))' },
      to: { path: '^apps/zalo-sim/server/' },
    },
    {
      name: 'zalo-sdk-behind-platform',
      severity: 'error',
      comment: 'Only the Zalo platform adapter of the citizen app imports the Zalo SDK.',
      from: { path: '^apps/citizen/src/', pathNot: '^apps/citizen/src/platform/zalo/' },
      to: { path: 'node_modules/zmp-sdk/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|coverage|migrations)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
