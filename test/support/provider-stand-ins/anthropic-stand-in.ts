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
 * Anthropic's `GET /v1/models` as api.anthropic.com serves it (https://docs.anthropic.com/en/api/
 * models-list): the key in `x-api-key` (the documented header) or as `Authorization: Bearer`
 * (what @anthropic-ai/sdk 1.17 sends for an API key: `apiKeyAuth` in its client.js), an
 * `anthropic-version` header it requires, and the real
 * error shape (https://docs.anthropic.com/en/api/errors): `{"type":"error","error":{"type",
 * "message"},"request_id"}` with a `request-id` header; 401 authentication_error "invalid
 * x-api-key", 403 permission_error, 429 rate_limit_error with `retry-after`, 529
 * overloaded_error.
 */

export interface AnthropicKeyAccount {
  behaviour?: 'forbidden' | 'rate_limited' | 'overloaded' | 'hang';
  models?: string[];
}

function anthropicError(
  status: number,
  type: string,
  message: string,
  headers: Record<string, string> = {},
): StandInReply {
  const requestId = `req_${randomBytes(12).toString('base64url')}`;
  return jsonReply(
    status,
    { type: 'error', error: { type, message }, request_id: requestId },
    { 'request-id': requestId, ...headers },
  );
}

class AnthropicProtocol implements StandInProtocol {
  readonly keys = new Map<string, AnthropicKeyAccount>();

  handle(request: StandInRequest): StandInReply | typeof HANG {
    if (request.method !== 'GET' || request.url.pathname !== '/v1/models') {
      return anthropicError(404, 'not_found_error', 'Not found');
    }
    if (!header(request, 'anthropic-version')) {
      return anthropicError(400, 'invalid_request_error', 'anthropic-version: header is required');
    }
    const authorization = header(request, 'authorization') ?? '';
    const bearer = authorization.startsWith('Bearer ') ? authorization.slice(7) : '';
    const key = header(request, 'x-api-key') ?? bearer;
    const account = this.keys.get(key);
    if (!account) return anthropicError(401, 'authentication_error', 'invalid x-api-key');
    switch (account.behaviour) {
      case 'hang':
        return HANG;
      case 'forbidden':
        return anthropicError(
          403,
          'permission_error',
          'Your API key does not have permission to use the specified resource.',
        );
      case 'rate_limited':
        return this.rateLimited();
      case 'overloaded':
        return anthropicError(529, 'overloaded_error', 'Overloaded');
      default:
        break;
    }
    const data = (account.models ?? ['claude-sonnet-4-5', 'claude-haiku-4-5']).map((id) => ({
      type: 'model',
      id,
      display_name: id,
      created_at: '2025-10-01T00:00:00Z',
    }));
    return jsonReply(
      200,
      { data, has_more: false, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null },
      { 'request-id': `req_${randomBytes(12).toString('base64url')}` },
    );
  }

  serverError(): StandInReply {
    return anthropicError(500, 'api_error', 'Internal server error');
  }

  rateLimited(): StandInReply {
    return anthropicError(
      429,
      'rate_limit_error',
      'Number of requests has exceeded your rate limit.',
      {
        'retry-after': '30',
      },
    );
  }
}

export class AnthropicStandIn extends StandIn<AnthropicProtocol> {
  private constructor(options: StandInServerOptions) {
    super(new AnthropicProtocol(), options);
  }

  static async start(options: StandInServerOptions = {}): Promise<AnthropicStandIn> {
    return new AnthropicStandIn(options).listen();
  }

  /** The tester's base URL seam (the app always uses https://api.anthropic.com). */
  get baseUrl(): string {
    return this.server.origin;
  }

  addKey(apiKey: string, account: AnthropicKeyAccount = {}): void {
    this.protocol.keys.set(apiKey, account);
  }
}
