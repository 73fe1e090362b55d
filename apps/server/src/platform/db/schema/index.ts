export * from './tenants.ts';
export * from './reference.ts';
export * from './catalog.ts';
