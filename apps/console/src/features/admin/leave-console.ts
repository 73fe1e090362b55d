/** Sends the browser to another site (Zalo's consent page), leaving the console. */
export function leaveConsole(url: string): void {
  window.location.assign(url);
}
