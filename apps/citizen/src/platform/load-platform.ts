import type { Platform } from './platform.ts';
import { createWebPlatform } from './web/web-platform.ts';

/**
 * The platform adapter for this build. The comparison is on `import.meta.env.MODE`, which Vite
 * replaces with a literal, so the web build drops the Zalo branch and never bundles zmp-sdk
 * (importing it outside Zalo starts a login that fails).
 */
export async function loadPlatform(): Promise<Platform> {
  if (import.meta.env.MODE === 'zalo') {
    const { createZaloPlatform } = await import('./zalo/zalo-platform.ts');
    return createZaloPlatform();
  }
  return createWebPlatform();
}
