import { randomUUID } from 'node:crypto';
import { OPENAI_COMPATIBLE_PRESETS } from '../../../shared/providers/openai-compatible.ts';
import type { OpenAiCompatiblePreset } from '../../../shared/providers/openai-compatible.ts';
import { HANG, header, jsonReply } from './stand-in-server.ts';
import type {
  StandInProtocol,
  StandInReply,
  StandInRequest,
  StandInServerOptions,
} from './stand-in-server.ts';
import { StandIn } from './stand-in.ts';

/*
 * One OpenAI-compatible service as its host serves the call the tester makes: the preset's path
 * (`/v1`, Groq's `/openai/v1`, OpenRouter's `/api/v1`), a bearer key, and each service's own error
 * body for a wrong key, which quotes part of the key as the real ones do:
 * - DeepSeek 401 `authentication_error` "Authentication Fails, Your api key: ****abcd is invalid"
 *   (continuedev/continue#11820, deepseek-ai/DeepSeek-R1#82); 402 "Insufficient Balance" with no
 *   credit (https://api-docs.deepseek.com/quick_start/error_codes).
 * - Groq 401 `{"error":{"message":"Invalid API Key","type":"invalid_request_error",
 *   "code":"invalid_api_key"}}` with `x-request-id` (ag5826000/resume-commentor#4).
 * - OpenRouter: `GET /api/v1/key` (https://openrouter.ai/docs/api/api-reference/api-keys/
 *   get-current-key) answers `{"data":{"label":"sk-or-v1-abc...xyz",…}}`; a wrong key gets 401
 *   `{"error":{"message":"User not found.","code":401}}`; its model list needs no key.
 * - xAI 400 `{"code":"Client specified an invalid argument","error":"Incorrect API key provided:
 *   xa***ey. You can obtain an API key from https://console.x.ai."}` (continuedev/continue#10778).
 * - Together AI 401 in OpenAI's shape, code `invalid_api_key`.
 * `custom` plays a self-hosted gateway at `/v1` answering like OpenAI.
 */

export type CompatibleFlavor = OpenAiCompatiblePreset | 'custom';

export interface CompatibleKeyAccount {
  /** `no_credit`: DeepSeek's 402. `hang`: never answers for this key. */
  behaviour?: 'no_credit' | 'hang';
  models?: string[];
}

const mask = (key: string) => `${key.slice(0, 2)}***${key.slice(-2)}`;
const requestId = () => `req_${randomUUID().replaceAll('-', '')}`;

function wrongKey(flavor: CompatibleFlavor, key: string): StandInReply {
  switch (flavor) {
    case 'deepseek':
      return jsonReply(401, {
        error: {
          message: `Authentication Fails, Your api key: ****${key.slice(-4)} is invalid`,
          type: 'authentication_error',
          param: null,
          code: 'invalid_request_error',
        },
      });
    case 'groq':
      return jsonReply(
        401,
        {
          error: {
            message: 'Invalid API Key',
            type: 'invalid_request_error',
            code: 'invalid_api_key',
          },
        },
        { 'x-request-id': requestId() },
      );
    case 'openrouter':
      return jsonReply(401, { error: { message: 'User not found.', code: 401 } });
    case 'xai':
      return jsonReply(400, {
        code: 'Client specified an invalid argument',
        error: `Incorrect API key provided: ${mask(key)}. You can obtain an API key from https://console.x.ai.`,
      });
    default:
      return jsonReply(401, {
        error: {
          message: `Invalid API key provided: ${mask(key)}.`,
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_api_key',
        },
      });
  }
}

class CompatibleProtocol implements StandInProtocol {
  readonly keys = new Map<string, CompatibleKeyAccount>();
  readonly #flavor: CompatibleFlavor;
  readonly #basePath: string;

  constructor(flavor: CompatibleFlavor) {
    this.#flavor = flavor;
    this.#basePath =
      flavor === 'custom' ? '/v1' : new URL(OPENAI_COMPATIBLE_PRESETS[flavor].baseUrl).pathname;
  }

  handle(request: StandInRequest): StandInReply | typeof HANG {
    const path = request.url.pathname;
    const checksKey = this.#flavor === 'openrouter';
    const expected = `${this.#basePath}${checksKey ? '/key' : '/models'}`;
    if (request.method === 'GET' && checksKey && path === `${this.#basePath}/models`) {
      // OpenRouter's public model list: answers without a key, so it proves nothing.
      return jsonReply(200, { data: [{ id: 'openai/gpt-4o-mini' }] });
    }
    if (request.method !== 'GET' || path !== expected) {
      return jsonReply(404, { error: { message: `Not found: ${path}`, code: 404 } });
    }
    const authorization = header(request, 'authorization') ?? '';
    const key = authorization.startsWith('Bearer ') ? authorization.slice(7) : '';
    const account = this.keys.get(key);
    if (!account) return wrongKey(this.#flavor, key);
    if (account.behaviour === 'hang') return HANG;
    if (account.behaviour === 'no_credit') {
      return jsonReply(402, {
        error: {
          message: 'Insufficient Balance',
          type: 'unknown_error',
          param: null,
          code: 'invalid_request_error',
        },
      });
    }
    if (checksKey) {
      return jsonReply(200, {
        data: {
          label: `${key.slice(0, 11)}...${key.slice(-3)}`,
          limit: null,
          usage: 0,
          is_free_tier: false,
        },
      });
    }
    const models = account.models ?? ['model-a', 'model-b'];
    return jsonReply(
      200,
      {
        object: 'list',
        data: models.map((id) => ({
          id,
          object: 'model',
          created: 1_721_172_741,
          owned_by: this.#flavor,
        })),
      },
      { 'x-request-id': requestId() },
    );
  }

  serverError(): StandInReply {
    return jsonReply(500, {
      error: { message: 'Internal server error', type: 'server_error', code: null },
    });
  }

  rateLimited(): StandInReply {
    return jsonReply(
      429,
      {
        error: {
          message: 'Rate limit reached. Please try again in 20s.',
          type: 'requests',
          code: 'rate_limit_exceeded',
        },
      },
      { 'retry-after': '20' },
    );
  }
}

export class OpenAiCompatibleStandIn extends StandIn<CompatibleProtocol> {
  readonly flavor: CompatibleFlavor;

  private constructor(flavor: CompatibleFlavor, options: StandInServerOptions) {
    super(new CompatibleProtocol(flavor), options);
    this.flavor = flavor;
  }

  static async start(
    flavor: CompatibleFlavor,
    options: StandInServerOptions = {},
  ): Promise<OpenAiCompatibleStandIn> {
    return new OpenAiCompatibleStandIn(flavor, options).listen();
  }

  /** Where the preset's requests go in tests (the seam keeps the preset's path). */
  get origin(): string {
    return this.server.origin;
  }

  /** The `custom` flavour's base URL, for the integration's config. */
  get baseUrl(): string {
    return `${this.server.origin}/v1`;
  }

  addKey(apiKey: string, account: CompatibleKeyAccount = {}): void {
    this.protocol.keys.set(apiKey, account);
  }
}
