/**
 * Imports the lazily loaded screens ahead of a test file's tests: their first import is transformed
 * on demand, which under a loaded machine takes longer than a test should wait for a screen.
 */
export async function warmScreens(): Promise<void> {
  await Promise.all([
    import('../features/filing/components/filing-page.tsx'),
    import('../features/dossiers/components/dossier-page.tsx'),
    import('../features/dossiers/components/receipt-page.tsx'),
    import('../features/dossiers/components/lookup-page.tsx'),
    import('../features/account/components/sign-in-page.tsx'),
    import('../features/procedures/components/procedure-detail-page.tsx'),
    import('qrcode'),
  ]);
}
