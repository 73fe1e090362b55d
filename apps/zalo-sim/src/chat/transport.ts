/**
 * How the chat page talks to the simulator's server. The page only uses this interface; today's
 * implementation works offline, and the simulator's API client will implement it once it exists.
 */
export interface ChatTransport {
  /** False while nothing reaches a server; the page then says so. */
  readonly connected: boolean;
  follow(): Promise<void>;
  unfollow(): Promise<void>;
  /** Sends a citizen's text; resolves with whether it was delivered to the server. */
  send(text: string): Promise<'sent' | 'not_sent'>;
  /** Messages the Official Account sends to this citizen. Returns the unsubscribe function. */
  onOaMessage(listener: (text: string) => void): () => void;
}

/** Keeps everything on the page: follows are remembered locally and nothing is delivered. */
export function createOfflineTransport(): ChatTransport {
  return {
    connected: false,
    follow: () => Promise.resolve(),
    unfollow: () => Promise.resolve(),
    send: () => Promise.resolve('not_sent'),
    onOaMessage: () => () => undefined,
  };
}
