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
  /**
   * Takes a photo with the camera or picks a photo (or a PDF, where `canPickPdf`) from the device.
   * Null when the citizen cancels.
   */
  pickFile(source: FileSource): Promise<PickedFile | null>;
  /** Whether `pickFile('gallery')` can return a PDF. */
  readonly canPickPdf: boolean;
  /**
   * Proof of who the citizen is that the server exchanges for a session (Zalo: the user's access
   * token and, if they agree to share it, a phone-number token). Null where the platform has no
   * identity of its own (the web signs in by phone and one-time code) or when they refuse.
   */
  getIdentityTokens(): Promise<IdentityTokens | null>;
}

export type FileSource = 'camera' | 'gallery';

export interface PickedFile {
  blob: Blob;
  /** The file's name as the device gives it; photos from the camera get a generated one. */
  name: string;
}

export interface IdentityTokens {
  accessToken: string;
  phoneToken?: string;
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
