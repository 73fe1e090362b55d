import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from '../app.tsx';

/** The whole console on a fresh query cache that never retries, so failures show at once. */
export function renderApp() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(<App queryClient={queryClient} />);
}
