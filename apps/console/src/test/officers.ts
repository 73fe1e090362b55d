import type { OfficerSession } from '@motcua/contracts';
import type { MockAnswer, MockRequest, Route } from './mock-fetch.ts';

export const PROVINCE_CENTRE = { id: 'unit-province', eid: '000.00.00.H53', name: 'Trung tâm PVHCC tỉnh Tây Ninh' };
export const JUSTICE_DEPARTMENT = { id: 'unit-justice', eid: '000.00.12.H53', name: 'Sở Tư pháp' };

function session(id: string, fullName: string, roles: OfficerSession['officer']['roles']): OfficerSession {
  return { officer: { id, username: `${id}@tay-ninh`, fullName, roles }, csrfToken: `csrf-${id}` };
}

function grant(role: 'intake' | 'processor' | 'leader' | 'admin', unit: typeof PROVINCE_CENTRE) {
  return { role, unitId: unit.id, unitEid: unit.eid, unitName: unit.name };
}

export const intakeOfficer = session('intake', 'Nguyễn Thị Lan', [grant('intake', PROVINCE_CENTRE)]);
export const processorOfficer = session('processor', 'Trần Văn Bình', [
  grant('processor', PROVINCE_CENTRE),
  grant('processor', JUSTICE_DEPARTMENT),
]);
export const leaderOfficer = session('leader', 'Lê Minh Châu', [grant('leader', PROVINCE_CENTRE)]);
export const adminOfficer = session('admin', 'Phạm Quốc Dũng', [grant('admin', PROVINCE_CENTRE)]);

/** Answers `GET /auth/me` with the officer, then hands every other request to `route`. */
export function signedIn(officer: OfficerSession, route: Route): Route {
  return (url: URL, request: MockRequest): MockAnswer =>
    url.pathname === '/api/v1/tay-ninh/auth/me' ? { body: officer } : route(url, request);
}
