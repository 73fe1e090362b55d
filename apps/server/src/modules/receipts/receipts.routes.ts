import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { QrTokenCheck, QrTokenParams, SigningJwks } from '@motcua/contracts';
import { Type } from '@sinclair/typebox';
import type { QrTokenService } from './qr-tokens.ts';

/** What the receipt routes need. */
export interface ReceiptRoutesDeps {
  qr: QrTokenService;
  /**
   * The dossier look-up for a verified token (tenant slug, code, lookup key), or null when there is
   * none. Without it, `/api/v1/qr/{token}` only says whether the token is genuine.
   */
  lookupApplication?: (tenantSlug: string, code: string, key: string) => Promise<unknown>;
}

const INVALID_PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mã QR không hợp lệ</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}h1{font-size:1.4rem}a{color:#1d4ed8}</style>
</head>
<body>
<h1>Mã QR không hợp lệ</h1>
<p>Mã QR này không phải do hệ thống Một Cửa cấp, hoặc đã bị thay đổi. Vui lòng kiểm tra lại Giấy tiếp nhận hồ sơ và hẹn trả kết quả.</p>
<p>Bạn vẫn có thể tra cứu hồ sơ bằng mã hồ sơ in trên giấy tiếp nhận tại <a href="/">trang tra cứu</a>.</p>
</body>
</html>
`;

// Tokens carry the dossier's lookup key: these routes log only warnings, so request URLs stay out of logs.
const quiet = { logLevel: 'warn' } as const;

/** Public verification of receipt QR codes (API.md § Looking up a dossier). */
export function receiptRoutes(deps: ReceiptRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    app.get(
      '/.well-known/jwks.json',
      {
        schema: {
          tags: ['receipts'],
          summary: 'Public keys that sign receipt QR tokens, one or more per province',
          response: { 200: SigningJwks },
        },
      },
      async (_request, reply) => {
        reply.header('cache-control', 'public, max-age=300');
        return deps.qr.jwks();
      },
    );

    app.get(
      '/api/v1/qr/*',
      {
        ...quiet,
        schema: {
          tags: ['receipts'],
          summary: 'Verify the signed token of a receipt QR, and look the dossier up',
          params: QrTokenParams,
          response: { 200: QrTokenCheck },
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        const result = await deps.qr.verify(request.params['*']);
        if (!result.valid) return { valid: false as const };
        const application = await deps.lookupApplication?.(result.tenant, result.code, result.key);
        const { tenant, code, issuedAt } = result;
        return { valid: true as const, tenant, code, issuedAt, ...(application != null ? { application } : {}) };
      },
    );

    app.get(
      '/q/*',
      {
        ...quiet,
        schema: {
          tags: ['receipts'],
          summary: 'The QR printed on receipts: redirects to the tracking page of the citizen app',
          params: QrTokenParams,
          response: {
            302: Type.Null({ description: 'To /?track={code}&key={key}&tenant={slug}' }),
            404: Type.String({ description: 'HTML page "Mã QR không hợp lệ"' }),
          },
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
        const result = await deps.qr.verify(request.params['*']);
        if (!result.valid) return reply.status(404).type('text/html; charset=utf-8').send(INVALID_PAGE);
        const query = new URLSearchParams({ track: result.code, key: result.key, tenant: result.tenant });
        return reply.redirect(`/?${query.toString()}`, 302);
      },
    );
  };
}
