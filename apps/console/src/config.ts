/** Build-time settings (`VITE_*`): the only reader of `import.meta.env` in the console. */
export const config = {
  apiBaseUrl: (import.meta.env.VITE_API_BASE_URL ?? '').replace(/\/+$/, ''),
  tenant: import.meta.env.VITE_TENANT ?? 'tay-ninh',
} as const;

export function apiUrl(path: string): string {
  return `${config.apiBaseUrl}/api/v1/${encodeURIComponent(config.tenant)}${path}`;
}
