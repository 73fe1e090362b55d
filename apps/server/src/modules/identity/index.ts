/** Officers: accounts, argon2id passwords, optional TOTP, sessions, CSRF, role × unit scopes, audit checks. */
export { identityRoutes, type IdentityRoutesDeps } from './identity.routes.ts';
export {
  assertRole,
  authenticateSession,
  createOfficerAuth,
  CSRF_HEADER,
  type Authenticate,
  type AuthenticatedSession,
  type OfficerAuthDeps,
  type RequestLike,
} from './officer-auth.ts';
export { registerCookies, SESSION_COOKIE } from './session-cookie.ts';
export { createAdminAuth } from './admin-auth.ts';
export { officerAdminRoutes, type OfficerAdminRoutesDeps } from './officers-admin.routes.ts';
export { hasRole, isProvinceAdmin, ROLES, type Officer, type Role, type RoleGrant } from './domain/officer.ts';
export { DEMO_PASSWORD } from './domain/password-policy.ts';
export {
  createOfficer,
  type CreatedOfficer,
  type CreateOfficerDeps,
  type CreateOfficerInput,
  type CreateOfficerOptions,
} from './use-cases/create-officer.ts';
export {
  importOfficersInTx,
  isAcceptedPasswordHash,
  officerImportProblems,
  type OfficerImport,
} from './use-cases/import-officers.ts';
export { generateInitialPassword } from './initial-password.ts';
export { hashPassword } from './password-hash.ts';
export { seedDemoOfficers, type DemoOfficersResult } from './use-cases/seed-demo-officers.ts';
export { verifyAudit } from './use-cases/verify-audit.ts';
export {
  AccountLockedError,
  CsrfError,
  ForbiddenError,
  InvalidCredentialsError,
  TotpInvalidError,
  TotpRequiredError,
  UnauthenticatedError,
  UsernameTakenError,
  WeakPasswordError,
} from './identity.errors.ts';
export { citizenRoutes, toE164, type CitizenRoutesDeps } from './citizens/citizen.routes.ts';
export {
  authenticateCitizen,
  CITIZEN_COOKIE,
  type CitizenSignInDeps,
  type SignedInCitizen,
} from './citizens/citizen-sign-in.ts';
export { OtpInvalidError, OtpThrottledError } from './citizens/citizen.errors.ts';
export {
  zaloGraphClient,
  ZaloTokenInvalidError,
  ZaloUnavailableError,
  type ZaloApp,
  type ZaloGraph,
} from './citizens/zalo-graph.ts';
export { ZaloPhoneRequiredError } from './citizens/zalo-sign-in.ts';
export { recordZaloContact, type ZaloContact } from './citizens/zalo-contacts.ts';
