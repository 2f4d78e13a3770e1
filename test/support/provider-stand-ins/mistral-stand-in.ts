import { randomBytes } from 'node:crypto';
import { HANG, header, jsonReply } from './stand-in-server.ts';
import type {
  StandInProtocol,
  StandInReply,
  StandInRequest,
  StandInServerOptions,
} from './stand-in-server.ts';
import { StandIn } from './stand-in.ts';

/*
 * Mistral's `GET /v1/models` as api.mistral.ai serves it (https://docs.mistral.ai/api/#tag/models):
 * the key as `Authorization: Bearer` (what @mistralai/mistralai sends: `resolveGlobalSecurity` in
 * its src/lib/security.ts), `{"object":"list","data":[model cards with "type":"base"]}`, and the
 * error bodies users reported: a wrong key 401 `{"message":"Unauthorized","request_id":"<hex>"}`
 * (cline/cline#1734), a rate limit 429 `{"object":"error","message":"Rate limit exceeded","type":
 * "rate_limited","param":null,"code":"1300"}` (cline/cline#9085). The bodies are JSON with
 * `content-type: application/json; charset=utf-8`.
 */

export interface MistralKeyAccount {
  behaviour?: 'rate_limited' | 'hang';
  models?: string[];
}

function mistralReply(status: number, body: Record<string, unknown>): StandInReply {
  return jsonReply(status, body, { 'x-kong-request-id': randomBytes(16).toString('hex') });
}

class MistralProtocol implements StandInProtocol {
  readonly keys = new Map<string, MistralKeyAccount>();

  handle(request: StandInRequest): StandInReply | typeof HANG {
    if (request.method !== 'GET' || request.url.pathname !== '/v1/models') {
      return mistralReply(404, { detail: 'Not Found' });
    }
    const authorization = header(request, 'authorization') ?? '';
    const key = authorization.startsWith('Bearer ') ? authorization.slice(7) : '';
    if (!key) return mistralReply(401, { message: 'No API key found in request' });
    const account = this.keys.get(key);
    if (!account) {
      return mistralReply(401, {
        message: 'Unauthorized',
        request_id: randomBytes(16).toString('hex'),
      });
    }
    if (account.behaviour === 'hang') return HANG;
    if (account.behaviour === 'rate_limited') return this.rateLimited();
    const data = (account.models ?? ['mistral-large-latest', 'mistral-small-latest']).map((id) => ({
      id,
      object: 'model',
      created: 1_760_000_000,
      owned_by: 'mistralai',
      capabilities: { completion_chat: true, function_calling: true, vision: false },
      max_context_length: 131_072,
      type: 'base',
    }));
    return mistralReply(200, { object: 'list', data });
  }

  serverError(): StandInReply {
    return mistralReply(500, {
      object: 'error',
      message: 'Internal server error',
      type: 'internal_server_error',
      param: null,
      code: '3000',
    });
  }

  rateLimited(): StandInReply {
    return mistralReply(429, {
      object: 'error',
      message: 'Rate limit exceeded',
      type: 'rate_limited',
      param: null,
      code: '1300',
    });
  }
}

export class MistralStandIn extends StandIn<MistralProtocol> {
  private constructor(options: StandInServerOptions) {
    super(new MistralProtocol(), options);
  }

  static async start(options: StandInServerOptions = {}): Promise<MistralStandIn> {
    return new MistralStandIn(options).listen();
  }

  /** The tester's base URL seam (the app always uses https://api.mistral.ai). */
  get baseUrl(): string {
    return this.server.origin;
  }

  addKey(apiKey: string, account: MistralKeyAccount = {}): void {
    this.protocol.keys.set(apiKey, account);
  }
}
