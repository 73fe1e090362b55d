export * from './tenants.ts';
export * from './reference.ts';
export * from './catalog.ts';
export * from './identity.ts';
export * from './attachments.ts';
export * from './applications.ts';
export * from './receipts.ts';
