export * from './catalog.ts';
export * from './catalog-api.ts';
export * from './errors.ts';
export * from './problem.ts';
export * from './applications-api.ts';
export * from './identity-api.ts';
export * from './attachments-api.ts';
export * from './receipts-api.ts';
