import { randomUUID } from 'node:crypto';
import { HANG, header, jsonReply } from './stand-in-server.ts';
import type {
  StandInProtocol,
  StandInReply,
  StandInRequest,
  StandInServerOptions,
} from './stand-in-server.ts';
import { StandIn } from './stand-in.ts';

/*
 * OpenAI's `GET /v1/models` as api.openai.com serves it: bearer key, the `openai-organization`
 * response header, and the real error bodies (including the 401 that echoes part of the key).
 */

export interface OpenAiKeyAccount {
  organization: string;
  /** The project the key belongs to; a request naming another project is refused. */
  project?: string;
  models?: string[];
  /** `deactivated`: the account behind the key was deactivated (401 `account_deactivated`).
   * `missing_scopes`: a restricted key without `api.model.read` (403). `quota`: 429
   * `insufficient_quota`. `hang`: never answers for this key. */
  behaviour?: 'deactivated' | 'missing_scopes' | 'quota' | 'hang';
}

const DEFAULT_MODELS = ['gpt-4o-mini', 'gpt-4o', 'text-embedding-3-small'];

function openAiError(
  status: number,
  message: string,
  type: string,
  code: string | null,
  headers: Record<string, string> = {},
): StandInReply {
  return jsonReply(
    status,
    { error: { message, type, param: null, code } },
    { 'x-request-id': `req_${randomUUID().replaceAll('-', '')}`, ...headers },
  );
}

/** The way OpenAI shows a rejected key: its prefix, a row of stars, its last four characters. */
function maskKey(key: string): string {
  return `${key.slice(0, 8)}${'*'.repeat(Math.max(key.length - 12, 4))}${key.slice(-4)}`;
}

class OpenAiProtocol implements StandInProtocol {
  readonly keys = new Map<string, OpenAiKeyAccount>();

  handle(request: StandInRequest): StandInReply | typeof HANG {
    if (request.method !== 'GET' || request.url.pathname !== '/v1/models') {
      return openAiError(
        404,
        `Invalid URL (${request.method} ${request.url.pathname})`,
        'invalid_request_error',
        null,
      );
    }
    const authorization = header(request, 'authorization') ?? '';
    const key = authorization.startsWith('Bearer ') ? authorization.slice(7) : '';
    if (!key) {
      return openAiError(
        401,
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
        'invalid_request_error',
        null,
      );
    }
    const account = this.keys.get(key);
    if (!account) {
      return openAiError(
        401,
        `Incorrect API key provided: ${maskKey(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
        'invalid_request_error',
        'invalid_api_key',
      );
    }
    const organization = header(request, 'openai-organization');
    // OpenAI quotes an organization it does not know back in the message (the channel issue #9's
    // attack read key fragments through, once the app redacted them from this text).
    if (organization && !this.#knownOrganizations().has(organization)) {
      return openAiError(
        401,
        `No such organization: ${organization}. Incorrect API key provided: ${maskKey(key)}.`,
        'invalid_request_error',
        'invalid_organization',
      );
    }
    if (organization && organization !== account.organization) {
      return openAiError(
        401,
        'OpenAI-Organization header should match organization for API key',
        'invalid_request_error',
        'mismatched_organization',
      );
    }
    const project = header(request, 'openai-project');
    if (project && account.project && project !== account.project) {
      return openAiError(
        401,
        'OpenAI-Project header should match project for API key',
        'invalid_request_error',
        'mismatched_project',
      );
    }
    switch (account.behaviour) {
      case 'hang':
        return HANG;
      case 'deactivated':
        return openAiError(
          401,
          'The OpenAI account associated with this API key has been deactivated. If you are the developer for this OpenAI app, please check your email for more information.',
          'invalid_request_error',
          'account_deactivated',
        );
      case 'missing_scopes':
        return openAiError(
          403,
          "You have insufficient permissions for this operation. Missing scopes: api.model.read. Check that you have the correct role in your organization (Reader, Writer, Owner) and project (Member, Owner), and if you're using a restricted API key, that it has the necessary scopes.",
          'invalid_request_error',
          null,
        );
      case 'quota':
        return openAiError(
          429,
          'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
          'insufficient_quota',
          'insufficient_quota',
        );
      default:
        break;
    }
    const created = 1_721_172_741;
    return jsonReply(
      200,
      {
        object: 'list',
        data: (account.models ?? DEFAULT_MODELS).map((id) => ({
          id,
          object: 'model',
          created,
          owned_by: 'system',
        })),
      },
      {
        'openai-organization': account.organization,
        'openai-processing-ms': '12',
        'x-request-id': `req_${randomUUID().replaceAll('-', '')}`,
      },
    );
  }

  #knownOrganizations(): Set<string> {
    return new Set([...this.keys.values()].map((account) => account.organization));
  }

  serverError(): StandInReply {
    return openAiError(
      500,
      'The server had an error while processing your request. Sorry about that!',
      'server_error',
      null,
    );
  }

  rateLimited(): StandInReply {
    return openAiError(
      429,
      'Rate limit reached for requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.',
      'requests',
      'rate_limit_exceeded',
      { 'retry-after': '20', 'x-ratelimit-limit-requests': '3' },
    );
  }
}

export class OpenAiStandIn extends StandIn<OpenAiProtocol> {
  private constructor(options: StandInServerOptions) {
    super(new OpenAiProtocol(), options);
  }

  static async start(options: StandInServerOptions = {}): Promise<OpenAiStandIn> {
    return new OpenAiStandIn(options).listen();
  }

  /** The base URL to put in the integration's config (`baseUrl`). */
  get baseUrl(): string {
    return `${this.server.origin}/v1`;
  }

  addKey(apiKey: string, account: OpenAiKeyAccount): void {
    this.protocol.keys.set(apiKey, account);
  }
}
