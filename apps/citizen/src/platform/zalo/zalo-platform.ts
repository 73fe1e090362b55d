import { getUserInfo, nativeStorage, openShareSheet, openWebview } from 'zmp-sdk/apis';
import type { KeyValueStorage, Platform, ShareOutcome } from '../platform.ts';

/** Zalo's native storage is synchronous and kept by the Zalo app (5 MB, oldest evicted first). */
const zaloStorage: KeyValueStorage = {
  get(key) {
    try {
      // Typed as string, but documented to return null for a missing key.
      const value = nativeStorage.getItem(key) as string | null;
      return Promise.resolve(value);
    } catch {
      return Promise.resolve(null);
    }
  },
  set(key, value) {
    try {
      nativeStorage.setItem(key, value);
    } catch {
      // Storage full or unavailable: the app just forgets.
    }
    return Promise.resolve();
  },
  remove(key) {
    try {
      nativeStorage.removeItem(key);
    } catch {
      // Same as above.
    }
    return Promise.resolve();
  },
};

export function createZaloPlatform(): Platform {
  return {
    kind: 'zalo',
    storage: zaloStorage,
    async share({ url }): Promise<ShareOutcome> {
      try {
        await openShareSheet({ type: 'link', data: { link: url } });
        return 'shared';
      } catch {
        return 'cancelled';
      }
    },
    async openExternal(url) {
      await openWebview({ url });
    },
    async getUserInfo() {
      try {
        // Name and avatar need the citizen's consent (NĐ 13/2023); a refusal (-1401) means "no user".
        const { userInfo } = await getUserInfo({ autoRequestPermission: false });
        return { id: userInfo.id, name: userInfo.name, avatarUrl: userInfo.avatar };
      } catch {
        return null;
      }
    },
  };
}
