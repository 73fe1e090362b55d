/**
 * What the app needs from where it runs. Features use only this interface; the browser and the
 * Zalo Mini App each implement it (`web/`, `zalo/`), and the build picks one.
 */
export interface Platform {
  readonly kind: 'web' | 'zalo';
  readonly storage: KeyValueStorage;
  /** Offers a link to other apps or people; tells what happened so the UI can say so. */
  share(content: ShareContent): Promise<ShareOutcome>;
  /** Opens a page outside the app (a legal text, a form template). */
  openExternal(url: string): Promise<void>;
  /** The signed-in person, or null when the platform has none or they declined to share it. */
  getUserInfo(): Promise<UserInfo | null>;
}

export interface KeyValueStorage {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface ShareContent {
  title: string;
  url: string;
}

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'unavailable';

export interface UserInfo {
  /** Platform-scoped id (for Zalo, the id the Mini App sees). */
  id: string;
  name: string;
  avatarUrl?: string;
}
