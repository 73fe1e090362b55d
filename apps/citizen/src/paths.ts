/** The app's screens. Outside Zalo the router keeps them in memory (see app.tsx). */
export const paths = {
  home: '/',
  detailPattern: '/procedures/:code',
  detail: (code: string): string => `/procedures/${encodeURIComponent(code)}`,
  draftPattern: '/drafts/:id',
  draft: (id: string): string => `/drafts/${encodeURIComponent(id)}`,
  lookup: '/track',
  dossierPattern: '/dossiers/:code',
  dossier: (code: string): string => `/dossiers/${encodeURIComponent(code)}`,
  receiptPattern: '/dossiers/:code/receipt',
  receipt: (code: string): string => `/dossiers/${encodeURIComponent(code)}/receipt`,
  signIn: '/sign-in',
  lookups: '/lookups',
} as const;
