import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Screens are lazy chunks: their first import is transformed on demand, slowly when tests run in parallel.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout engine, so it lacks scrollTo; zmp-ui's Page calls it on mount.
if (typeof Element.prototype.scrollTo !== 'function') {
  Element.prototype.scrollTo = function scrollTo() {};
}

// zmp-ui's router wraps react-router 6 without a way to pass its v7 future flags; the notices are noise here.
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('React Router Future Flag Warning')) return;
  warn(...args);
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
