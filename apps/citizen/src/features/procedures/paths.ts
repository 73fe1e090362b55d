export const paths = {
  home: '/',
  detailPattern: '/procedures/:code',
  detail: (code: string): string => `/procedures/${encodeURIComponent(code)}`,
} as const;
