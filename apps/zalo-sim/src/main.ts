import './styles.css';
import { createChatController } from './chat/chat-controller.ts';
import { mountChat } from './chat/chat-view.ts';
import { createHttpTransport, simApiBase } from './chat/http-transport.ts';
import { createTranslate, langFromSearch } from './i18n/translate.ts';

const root = document.getElementById('chat');
if (!root) throw new Error('Missing #chat element in index.html');

const lang = langFromSearch(window.location.search);
const t = createTranslate(lang);
document.documentElement.lang = lang;
document.title = t('page.title');

/** The user played last, so a reload carries on the same chat. */
const storageKey = 'zalo-sim.userId';

function storedUserId(): string | undefined {
  try {
    return window.localStorage.getItem(storageKey) ?? undefined;
  } catch {
    return undefined;
  }
}

function storeUserId(userId: string | undefined): void {
  try {
    if (userId === undefined) window.localStorage.removeItem(storageKey);
    else window.localStorage.setItem(storageKey, userId);
  } catch {
    // Private browsing: the choice is just not remembered.
  }
}

const transport = createHttpTransport({ apiBase: simApiBase(import.meta.env.BASE_URL, window.location.href) });
const controller = createChatController({ transport });
mountChat(root, { controller, t });
let remembered = storedUserId();
controller.subscribe((state) => {
  if (state.userId === remembered) return;
  remembered = state.userId;
  storeUserId(remembered);
});
void controller.start(remembered);
window.addEventListener('pagehide', () => {
  transport.close();
});
