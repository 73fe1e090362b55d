import { config } from '../config.ts';

/** A server path (`/api/v1/…`) as a URL the browser can open, honouring a separate API origin. */
export function serverUrl(path: string): string {
  return /^https?:\/\//.test(path) ? path : `${config.apiBaseUrl}${path}`;
}

/**
 * Prints a PDF without leaving the console: it loads in a hidden frame, whose print dialog opens
 * once loaded. If the browser refuses (some block printing from frames), the PDF opens in a new tab.
 */
export function printPdf(url: string): void {
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = 'print';
  frame.setAttribute('aria-hidden', 'true');
  frame.src = url;
  frame.addEventListener('load', () => {
    try {
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
    } catch {
      window.open(url, '_blank', 'noopener');
    }
    setTimeout(() => {
      frame.remove();
    }, 60_000);
  });
  document.body.appendChild(frame);
}
