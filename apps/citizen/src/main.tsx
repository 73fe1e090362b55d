import 'zmp-ui/zaui.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, LANG_STORAGE_KEY } from './app.tsx';
import { isLang } from './i18n/translate.ts';
import { loadPlatform } from './platform/load-platform.ts';

async function start(container: HTMLElement): Promise<void> {
  const platform = await loadPlatform();
  const storedLang = await platform.storage.get(LANG_STORAGE_KEY);
  createRoot(container).render(
    <StrictMode>
      <App platform={platform} initialLang={isLang(storedLang) ? storedLang : 'vi'} />
    </StrictMode>,
  );
}

const container = document.getElementById('app');
if (!container) throw new Error('Missing #app element in index.html');
void start(container);
