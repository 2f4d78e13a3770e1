import { createPublicKey, randomBytes, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { HANG, jsonReply } from './stand-in-server.ts';
import type {
  StandInProtocol,
  StandInReply,
  StandInRequest,
  StandInServerOptions,
} from './stand-in-server.ts';
import { StandIn } from './stand-in.ts';

/*
 * Google's OAuth 2.0 token endpoint for the JWT-bearer grant a service account uses: the RS256
 * assertion is verified against the account's PUBLIC key, so only the matching private key passes,
 * then its audience, lifetime and scope are checked as Google does.
 */

export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export interface GoogleServiceAccount {
  /** The public half of the key pair (PEM or KeyObject). */
  publicKey: string | KeyObject;
  /** `hang`: never answers for this account. */
  behaviour?: 'hang';
}

const invalidGrant = (description: string): StandInReply =>
  jsonReply(400, { error: 'invalid_grant', error_description: description });

interface Claims {
  iss?: unknown;
  aud?: unknown;
  scope?: unknown;
  iat?: unknown;
  exp?: unknown;
}

function decodeSegment(segment: string): unknown {
  return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
}

class GoogleTokenProtocol implements StandInProtocol {
  readonly accounts = new Map<string, { publicKey: KeyObject; behaviour?: 'hang' }>();
  clockOffsetMs = 0;
  /** Scopes the assertions asked for, newest last. */
  readonly scopes: string[] = [];

  handle(request: StandInRequest): StandInReply | typeof HANG {
    if (request.method !== 'POST' || request.url.pathname !== '/token') {
      return jsonReply(404, { error: 'not_found' });
    }
    const form = new URLSearchParams(request.body);
    if (form.get('grant_type') !== JWT_BEARER) {
      return jsonReply(400, {
        error: 'unsupported_grant_type',
        error_description: 'Invalid grant_type: ' + (form.get('grant_type') ?? ''),
      });
    }
    const parts = (form.get('assertion') ?? '').split('.');
    if (parts.length !== 3) return invalidGrant('Invalid JWT: Malformed.');
    const [encodedHeader, encodedClaims, encodedSignature] = parts as [string, string, string];
    let claims: Claims;
    let jwsHeader: { alg?: unknown };
    try {
      jwsHeader = decodeSegment(encodedHeader) as { alg?: unknown };
      claims = decodeSegment(encodedClaims) as Claims;
    } catch {
      return invalidGrant('Invalid JWT: Malformed.');
    }
    const account = typeof claims.iss === 'string' ? this.accounts.get(claims.iss) : undefined;
    if (!account) return invalidGrant('Invalid grant: account not found');
    const signatureValid =
      jwsHeader.alg === 'RS256' &&
      verify(
        'RSA-SHA256',
        Buffer.from(`${encodedHeader}.${encodedClaims}`),
        account.publicKey,
        Buffer.from(encodedSignature, 'base64url'),
      );
    if (!signatureValid) return invalidGrant('Invalid JWT Signature.');

    const now = Math.floor((Date.now() + this.clockOffsetMs) / 1000);
    const iat = Number(claims.iat);
    const exp = Number(claims.exp);
    // Google allows a little skew for iat in the future and at most one hour of lifetime.
    if (!(exp > now) || !(iat <= now + 60) || !(exp - iat <= 3600)) {
      return invalidGrant(
        'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.',
      );
    }
    if (claims.aud !== GOOGLE_TOKEN_URL) {
      return invalidGrant(
        'Invalid JWT: Failed audience check. The right audience is ' + GOOGLE_TOKEN_URL,
      );
    }
    if (typeof claims.scope !== 'string' || claims.scope === '') {
      return jsonReply(400, {
        error: 'invalid_scope',
        error_description: 'Invalid OAuth scope or ID token audience provided.',
      });
    }
    this.scopes.push(claims.scope);
    if (account.behaviour === 'hang') return HANG;
    return jsonReply(200, {
      access_token: `ya29.c.${randomBytes(32).toString('base64url')}`,
      expires_in: 3599,
      token_type: 'Bearer',
    });
  }

  serverError(): StandInReply {
    return jsonReply(503, { error: 'internal_failure', error_description: 'Backend Error' });
  }

  rateLimited(): StandInReply {
    return jsonReply(
      429,
      { error: 'rate_limit_exceeded', error_description: 'Rate Limit Exceeded' },
      { 'retry-after': '30' },
    );
  }
}

export class GoogleStandIn extends StandIn<GoogleTokenProtocol> {
  private constructor(options: StandInServerOptions) {
    super(new GoogleTokenProtocol(), options);
  }

  static async start(options: StandInServerOptions = {}): Promise<GoogleStandIn> {
    return new GoogleStandIn(options).listen();
  }

  /** Where the tester's test seam sends the requests meant for oauth2.googleapis.com/token. */
  get tokenUrl(): string {
    return `${this.server.origin}/token`;
  }

  get scopes(): string[] {
    return this.protocol.scopes;
  }

  addServiceAccount(clientEmail: string, account: GoogleServiceAccount): void {
    const publicKey =
      typeof account.publicKey === 'string'
        ? createPublicKey(account.publicKey)
        : account.publicKey;
    this.protocol.accounts.set(clientEmail, { publicKey, behaviour: account.behaviour });
  }

  removeServiceAccount(clientEmail: string): void {
    this.protocol.accounts.delete(clientEmail);
  }

  set clockOffsetMs(value: number) {
    this.protocol.clockOffsetMs = value;
  }
}
