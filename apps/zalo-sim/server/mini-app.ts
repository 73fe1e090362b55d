import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { failure, success, ZaloCode } from './envelope.ts';
import { numericId, opaqueToken } from './ids.ts';
import type { ZaloSimOptions } from './options.ts';

/** A person using the Mini App, as Zalo knows them. */
export interface MiniAppUser {
  /** The app-scoped id the Mini App and `graph /me` see. */
  id: string;
  /** The OA-scoped id that webhooks carry as `sender.id` for the same person. */
  idByOA: string;
  name: string;
  avatar: string;
  /** `84…`, or undefined when the person has no number to share. */
  phone: string | undefined;
}

interface IssuedToken {
  userId: string;
  expiresAt: number;
}

interface PhoneToken extends IssuedToken {
  accessToken: string;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The Mini App's identity slice of Zalo: users, the access token `getAccessToken()` hands the app,
 * the phone-number token of `getPhoneNumber()`, and the graph endpoints a back end exchanges them at.
 */
export class MiniAppIdentity {
  private readonly users = new Map<string, MiniAppUser>();
  private readonly accessTokens = new Map<string, IssuedToken>();
  private readonly phoneTokens = new Map<string, PhoneToken>();

  constructor(private readonly options: ZaloSimOptions) {}

  addUser(input: { name: string; phone?: string; avatar?: string }): MiniAppUser {
    const id = numericId();
    const user: MiniAppUser = {
      id,
      idByOA: numericId(),
      name: input.name.normalize('NFC'),
      avatar: input.avatar ?? `https://s120-ava-talk.zadn.vn/sim/${id}.jpg`,
      phone: input.phone,
    };
    this.users.set(id, user);
    return user;
  }

  user(id: string): MiniAppUser | undefined {
    return this.users.get(id);
  }

  /** What `getAccessToken()` returns inside the Mini App for this user. */
  issueAccessToken(userId: string): { accessToken: string; expiresAt: Date } | undefined {
    if (!this.users.has(userId)) return undefined;
    const accessToken = opaqueToken();
    const expiresAt = this.options.now().getTime() + this.options.userTokenTtlMs;
    this.accessTokens.set(accessToken, { userId, expiresAt });
    return { accessToken, expiresAt: new Date(expiresAt) };
  }

  /** Ends a user's Zalo session: their access tokens stop working. */
  revokeAccessTokens(userId: string): void {
    for (const [token, issued] of this.accessTokens) if (issued.userId === userId) this.accessTokens.delete(token);
  }

  /**
   * What `getPhoneNumber()` returns once the user agrees to share the number: a token that the
   * back end exchanges, together with the same access token, within two minutes and only once.
   */
  issuePhoneToken(accessToken: string): { token: string } | 'invalid_token' | 'no_phone' {
    const issued = this.validAccessToken(accessToken);
    if (typeof issued === 'number') return 'invalid_token';
    if (this.users.get(issued.userId)?.phone === undefined) return 'no_phone';
    const token = opaqueToken();
    this.phoneTokens.set(token, {
      userId: issued.userId,
      accessToken,
      expiresAt: this.options.now().getTime() + this.options.phoneTokenTtlMs,
    });
    return { token };
  }

  /** The token's grant, or the Zalo error code for a missing, unknown or expired token. */
  validAccessToken(token: string | undefined): IssuedToken | number {
    if (token === undefined) return ZaloCode.accessTokenInvalid;
    const issued = this.accessTokens.get(token);
    if (!issued) return ZaloCode.accessTokenInvalid;
    if (issued.expiresAt <= this.options.now().getTime()) return ZaloCode.accessTokenExpired;
    return issued;
  }

  /** Spends a phone token: the user's number, or undefined when it is unknown, spent, expired or not theirs. */
  redeemPhoneToken(code: string, accessToken: string): string | undefined {
    const found = this.phoneTokens.get(code);
    if (!found) return undefined;
    this.phoneTokens.delete(code);
    if (found.expiresAt <= this.options.now().getTime()) return undefined;
    if (!sameSecret(found.accessToken, accessToken)) return undefined;
    return this.users.get(found.userId)?.phone;
  }
}

const tokenMessage: Record<number, string> = {
  [ZaloCode.accessTokenInvalid]: 'Access token is invalid',
  [ZaloCode.accessTokenExpired]: 'Access token has expired or been removed',
};

/** `graph.zalo.me`: the user's profile and the phone-token exchange, as a Mini App back end calls them. */
export function graphRoutes(identity: MiniAppIdentity, options: ZaloSimOptions) {
  return async function register(app: FastifyInstance): Promise<void> {
    app.get('/v2.0/me', async (request) => {
      const accessToken = header(request, 'access_token');
      const issued = identity.validAccessToken(accessToken);
      if (typeof issued === 'number') return failure(issued, tokenMessage[issued] ?? 'Access token is invalid');
      // Optional proof that the caller holds the app secret: hex HMAC-SHA256(app secret, access token).
      const proof = header(request, 'appsecret_proof');
      if (proof !== undefined && accessToken !== undefined) {
        const expected = createHmac('sha256', options.appSecret).update(accessToken).digest('hex');
        if (!sameSecret(proof.toLowerCase(), expected)) {
          return failure(ZaloCode.appSecretProofInvalid, 'Invalid appsecret_proof');
        }
      }
      const user = identity.user(issued.userId);
      if (!user) return failure(ZaloCode.accessTokenInvalid, 'Access token is invalid');
      // The profile fields sit at the top level beside the envelope's `error` and `message`.
      return { id: user.id, name: user.name, picture: { data: { url: user.avatar } }, error: 0, message: 'Success' };
    });

    app.get('/v2.0/me/info', async (request) => {
      const accessToken = header(request, 'access_token');
      const issued = identity.validAccessToken(accessToken);
      if (typeof issued === 'number' || accessToken === undefined) {
        return failure(typeof issued === 'number' ? issued : ZaloCode.accessTokenInvalid, 'Access token is invalid');
      }
      const secret = header(request, 'secret_key');
      if (secret === undefined || !sameSecret(secret, options.appSecret)) {
        return failure(ZaloCode.invalidParameter, 'secret_key is invalid!');
      }
      const code = header(request, 'code');
      const number = code === undefined ? undefined : identity.redeemPhoneToken(code, accessToken);
      if (number === undefined) return failure(ZaloCode.invalidParameter, 'code is invalid!');
      return success({ number });
    });
  };
}

interface NewUserBody {
  name?: unknown;
  phone?: unknown;
  avatar?: unknown;
}

/** The scripting API tests and the chat page use to play a Mini App user (not part of Zalo). */
export function miniAppScriptRoutes(identity: MiniAppIdentity) {
  return async function register(app: FastifyInstance): Promise<void> {
    app.post<{ Body: NewUserBody | undefined }>('/mini-app/users', async (request, reply) => {
      const { name, phone, avatar } = request.body ?? {};
      if (typeof name !== 'string' || name.trim() === '') {
        return reply.status(400).send({ message: 'name is required' });
      }
      if (phone !== undefined && (typeof phone !== 'string' || !/^84[35789][0-9]{8}$/.test(phone))) {
        return reply.status(400).send({ message: 'phone must look like 84912345678' });
      }
      const user = identity.addUser({
        name,
        ...(typeof phone === 'string' ? { phone } : {}),
        ...(typeof avatar === 'string' ? { avatar } : {}),
      });
      return reply.status(201).send(user);
    });

    app.post<{ Params: { id: string } }>('/mini-app/users/:id/access-token', async (request, reply) => {
      const issued = identity.issueAccessToken(request.params.id);
      if (!issued) return reply.status(404).send({ message: 'no such user' });
      return { accessToken: issued.accessToken, expiresAt: issued.expiresAt.toISOString() };
    });

    app.post<{ Params: { id: string } }>('/mini-app/users/:id/revoke', async (request, reply) => {
      if (!identity.user(request.params.id)) return reply.status(404).send({ message: 'no such user' });
      identity.revokeAccessTokens(request.params.id);
      return reply.status(204).send();
    });

    app.post<{ Body: { accessToken?: unknown } | undefined }>('/mini-app/phone-token', async (request, reply) => {
      const accessToken = request.body?.accessToken;
      if (typeof accessToken !== 'string') return reply.status(400).send({ message: 'accessToken is required' });
      const issued = identity.issuePhoneToken(accessToken);
      if (issued === 'invalid_token') return reply.status(401).send({ message: 'access token is not valid' });
      if (issued === 'no_phone') return reply.status(409).send({ message: 'this user has no phone number' });
      return issued;
    });
  };
}
