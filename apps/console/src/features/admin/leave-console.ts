/**
 * Sends the browser to another site (Zalo's consent page), leaving the console. A method of an
 * object, so a test can watch it (`vi.spyOn(navigation, 'leaveConsole')`) without replacing the
 * module.
 */
export const navigation = {
  leaveConsole(url: string): void {
    window.location.assign(url);
  },
};
