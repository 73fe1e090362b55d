import { Type, type Static } from '@sinclair/typebox';

/**
 * The signed token of a receipt's QR (compact JWS, EdDSA). It is matched as the rest of the path,
 * because a token is longer than the router's limit for a path parameter.
 */
export const QrTokenParams = Type.Object({
  '*': Type.String({ description: 'The signed QR token (compact JWS)' }),
});
export type QrTokenParams = Static<typeof QrTokenParams>;

/** A genuine token: whose it is, the dossier code and when it was issued; the dossier when asked for. */
export const QrTokenValid = Type.Object(
  {
    valid: Type.Literal(true),
    tenant: Type.String({ description: 'Province slug' }),
    code: Type.String({ description: 'Mã hồ sơ' }),
    issuedAt: Type.String({ format: 'date-time' }),
    application: Type.Optional(
      Type.Unknown({ description: 'The dossier look-up, as GET /api/v1/{tenant}/applications/{code}' }),
    ),
  },
  { additionalProperties: false },
);

/** A forged, altered or unknown token; nothing says why. */
export const QrTokenInvalid = Type.Object({ valid: Type.Literal(false) }, { additionalProperties: false });

/** `GET /api/v1/qr/{token}`: always 200, valid or not. */
export const QrTokenCheck = Type.Union([QrTokenValid, QrTokenInvalid]);
export type QrTokenCheck = Static<typeof QrTokenCheck>;

/** An Ed25519 public key that signs a province's QR tokens (RFC 8037). */
export const SigningJwk = Type.Object({
  kid: Type.String({ description: '<province slug>-<yyyymmdd>-<6 hex>' }),
  kty: Type.Literal('OKP'),
  crv: Type.Literal('Ed25519'),
  x: Type.String(),
  alg: Type.Literal('EdDSA'),
  use: Type.Literal('sig'),
});
export type SigningJwk = Static<typeof SigningJwk>;

/** `GET /.well-known/jwks.json`: every province's public keys, for offline verification. */
export const SigningJwks = Type.Object({ keys: Type.Array(SigningJwk) });
export type SigningJwks = Static<typeof SigningJwks>;
