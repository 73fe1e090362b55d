import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `false`: this route's answers go without the browser security headers (a server-to-server route). */
    securityHeaders?: false;
  }
}

/**
 * The browser security headers (helmet: CSP, HSTS, frame, referrer, MIME sniffing…) on every answer.
 * The middleware is built once here: built per request, it re-parsed the CSP on every request, a
 * few per cent of a look-up's work (docs/adr/0005-security-headers-built-once.md).
 */
export function registerSecurityHeaders(app: FastifyInstance, options: HelmetOptions): void {
  const setHeaders = helmet(options);
  app.addHook('onRequest', (request, reply, done) => {
    if (request.routeOptions.config.securityHeaders === false) {
      done();
      return;
    }
    // helmet 8 throws its errors; its callback only ever says "go on".
    setHeaders(request.raw, reply.raw, () => {
      done();
    });
  });
}
