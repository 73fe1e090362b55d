import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// jsdom lacks matchMedia, which antd's responsive layout (Sider breakpoints, Grid) calls.
if (typeof window.matchMedia !== 'function') {
  const noop = () => undefined;
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      // Both listener APIs: antd's responsive observer still falls back to the legacy pair.
      addListener: noop,
      removeListener: noop,
      addEventListener: noop,
      removeEventListener: noop,
      dispatchEvent: () => false,
    }),
  });
}

// Nor ResizeObserver, which antd's tables, selects and drawers observe their size with.
if (typeof window.ResizeObserver !== 'function') {
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// Nor Element.scrollIntoView, which forms call to show their first invalid field.
if (typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = () => undefined;
}

// jsdom computes styles by matching every rule of every stylesheet, and antd injects thousands of
// rules: one call takes ~0.5 s. Nothing here depends on layout, so tests see inline styles only.
window.getComputedStyle = (element: Element) => {
  const style = document.createElement('div').style;
  if (element instanceof HTMLElement) {
    for (const name of Array.from(element.style)) style.setProperty(name, element.style.getPropertyValue(name));
  }
  return style;
};

// Queries wait up to 3 s for the screen to settle (antd animates; the test machine may be busy).
configure({ asyncUtilTimeout: 3000 });

afterEach(() => {
  cleanup();
  // What portals left behind (antd's drawers, modals, message holders): the test files of a
  // worker share one document (`isolate: false`), so the next file must find it empty.
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.location.hash = '';
});
