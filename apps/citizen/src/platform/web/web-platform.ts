import type { KeyValueStorage, Platform, ShareContent, ShareOutcome } from '../platform.ts';
import { pickFile } from './pick-file.ts';

const PREFIX = 'motcua:';

/** localStorage can throw (private mode, quota, disabled cookies): the app then just forgets. */
const webStorage: KeyValueStorage = {
  get(key) {
    try {
      return Promise.resolve(window.localStorage.getItem(PREFIX + key));
    } catch {
      return Promise.resolve(null);
    }
  },
  set(key, value) {
    try {
      window.localStorage.setItem(PREFIX + key, value);
    } catch {
      // Nothing to do: storage is a convenience here.
    }
    return Promise.resolve();
  },
  remove(key) {
    try {
      window.localStorage.removeItem(PREFIX + key);
    } catch {
      // Same as above.
    }
    return Promise.resolve();
  },
};

async function share({ title, url }: ShareContent): Promise<ShareOutcome> {
  // Older browsers and some in-app webviews lack both APIs, whatever lib.dom says.
  const nav: Partial<Pick<Navigator, 'share' | 'clipboard'>> = navigator;
  if (nav.share) {
    try {
      await nav.share({ title, url });
      return 'shared';
    } catch {
      return 'cancelled';
    }
  }
  if (nav.clipboard) {
    try {
      await nav.clipboard.writeText(url);
      return 'copied';
    } catch {
      return 'unavailable';
    }
  }
  return 'unavailable';
}

export function createWebPlatform(): Platform {
  return {
    kind: 'web',
    storage: webStorage,
    share,
    openExternal(url) {
      window.open(url, '_blank', 'noopener,noreferrer');
      return Promise.resolve();
    },
    getUserInfo() {
      return Promise.resolve(null);
    },
    pickFile,
    canPickPdf: true,
    getIdentityTokens() {
      return Promise.resolve(null);
    },
  };
}
