import './styles.css';
import { createChatController } from './chat/chat-controller.ts';
import { mountChat } from './chat/chat-view.ts';
import { createOfflineTransport } from './chat/transport.ts';
import { createTranslate, langFromSearch } from './i18n/translate.ts';

const root = document.getElementById('chat');
if (!root) throw new Error('Missing #chat element in index.html');

const lang = langFromSearch(window.location.search);
const t = createTranslate(lang);
document.documentElement.lang = lang;
document.title = t('page.title');

const transport = createOfflineTransport();
mountChat(root, { controller: createChatController({ transport }), t, connected: transport.connected });
