import type { KeyboardEvent } from 'react';

/**
 * Keeps Enter inside the field it was pressed in. Browsers submit a form when Enter is pressed in
 * one of its inputs; in the intake wizard that moved to the next step while the officer was only
 * confirming a date typed into a date picker or a choice in a search box. The fields have already
 * handled the key by the time it reaches the form; only the step's own button moves on.
 */
export function keepEnterInField(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
}
