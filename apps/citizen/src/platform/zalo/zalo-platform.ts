import {
  chooseImage,
  getAccessToken,
  getPhoneNumber,
  getUserInfo,
  nativeStorage,
  openShareSheet,
  openWebview,
} from 'zmp-sdk/apis';
import type { FileSource, IdentityTokens, KeyValueStorage, PickedFile, Platform, ShareOutcome } from '../platform.ts';

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

/** Zalo hands back local paths of the chosen photos; the app reads the first one as a blob. */
async function pickPhoto(source: FileSource): Promise<PickedFile | null> {
  try {
    const { filePaths } = await chooseImage({
      count: 1,
      sourceType: [source === 'camera' ? 'camera' : 'album'],
      cameraType: 'back',
    });
    const path = filePaths[0];
    if (path === undefined) return null;
    const response = await fetch(path);
    const blob = await response.blob();
    const name = path.split('/').pop() ?? 'anh.jpg';
    return { blob, name };
  } catch {
    // Cancelled, or the camera permission was refused: nothing was picked.
    return null;
  }
}

/**
 * The user's access token, and the phone-number token when they agree to share the number (the
 * prompt explains why on the sign-in screen; Zalo's review requires it). The server exchanges both.
 */
async function identityTokens(): Promise<IdentityTokens | null> {
  let accessToken: string;
  try {
    accessToken = await getAccessToken();
  } catch {
    return null;
  }
  try {
    const { token } = await getPhoneNumber();
    return token ? { accessToken, phoneToken: token } : { accessToken };
  } catch {
    return { accessToken };
  }
}

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
    pickFile: pickPhoto,
    canPickPdf: false,
    getIdentityTokens: identityTokens,
  };
}
