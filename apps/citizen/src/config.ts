/** Build-time settings (`VITE_*`); the build mode itself is read in platform/load-platform.ts. */
export const config = {
  apiBaseUrl: (import.meta.env.VITE_API_BASE_URL ?? '').replace(/\/+$/, ''),
  tenant: import.meta.env.VITE_TENANT ?? 'tay-ninh',
} as const;
