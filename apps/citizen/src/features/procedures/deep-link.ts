/*
 * Outside Zalo the app runs on an in-memory router (zmp-ui's browser router expects the
 * `/zapps/<app id>` base path), so a procedure is linked as `/?procedure=<code>` instead of a path.
 */
const PARAM = 'procedure';

export function procedureLink(code: string, location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${location.origin}${location.pathname}?${PARAM}=${encodeURIComponent(code)}`;
}

export function readProcedureLink(search: string = window.location.search): string | null {
  const code = new URLSearchParams(search).get(PARAM);
  return code === null || code.trim() === '' ? null : code.trim();
}
