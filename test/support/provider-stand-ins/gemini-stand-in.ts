import { HANG, header, jsonReply } from './stand-in-server.ts';
import type {
  StandInProtocol,
  StandInReply,
  StandInRequest,
  StandInServerOptions,
} from './stand-in-server.ts';
import { StandIn } from './stand-in.ts';

/*
 * The Gemini API's `GET /v1beta/models` as generativelanguage.googleapis.com serves it
 * (https://ai.google.dev/api/models#method:-models.list): the key in `x-goog-api-key` (what
 * @google/genai sends: `NodeAuth.addKeyHeader` in its dist/node/index.mjs) or `?key=`, answers in
 * pages (`{"models":[…],"nextPageToken"}`), and Google's error shape
 * (https://cloud.google.com/apis/design/errors): `{"error":{"code","message","status","details":
 * [{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason","domain","metadata"}]}}`. The
 * bodies are those users reported: a wrong key, 400 INVALID_ARGUMENT API_KEY_INVALID
 * (continuedev/continue#10290); the API not enabled in the key's project, 403 SERVICE_DISABLED
 * (google-gemini/deprecated-generative-ai-python#10); a suspended key, 403 CONSUMER_SUSPENDED,
 * whose message QUOTES THE KEY (google/generative-ai-docs#356); a rate limit, 429
 * RESOURCE_EXHAUSTED with QuotaFailure and RetryInfo (browserbase/mcp-server-browserbase#129).
 */

export interface GeminiKeyAccount {
  behaviour?:
    'service_disabled' | 'suspended' | 'restricted' | 'location' | 'rate_limited' | 'hang';
  models?: string[];
}

const PROJECT = '123456789012';

function googleError(
  code: number,
  status: string,
  message: string,
  details: Record<string, unknown>[] = [],
): StandInReply {
  return jsonReply(code, { error: { code, message, status, details } });
}

function errorInfo(reason: string, metadata: Record<string, string> = {}): Record<string, unknown> {
  return {
    '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
    reason,
    domain: 'googleapis.com',
    metadata: { service: 'generativelanguage.googleapis.com', ...metadata },
  };
}

class GeminiProtocol implements StandInProtocol {
  readonly keys = new Map<string, GeminiKeyAccount>();

  handle(request: StandInRequest): StandInReply | typeof HANG {
    if (request.method !== 'GET' || request.url.pathname !== '/v1beta/models') {
      return googleError(404, 'NOT_FOUND', `Requested entity was not found.`);
    }
    const key = header(request, 'x-goog-api-key') ?? request.url.searchParams.get('key') ?? '';
    if (!key) {
      return googleError(
        403,
        'PERMISSION_DENIED',
        "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
      );
    }
    const account = this.keys.get(key);
    if (!account) {
      const message = 'API key not valid. Please pass a valid API key.';
      return googleError(400, 'INVALID_ARGUMENT', message, [
        errorInfo('API_KEY_INVALID'),
        { '@type': 'type.googleapis.com/google.rpc.LocalizedMessage', locale: 'en-US', message },
      ]);
    }
    switch (account.behaviour) {
      case 'hang':
        return HANG;
      case 'service_disabled':
        return googleError(
          403,
          'PERMISSION_DENIED',
          `Generative Language API has not been used in project ${PROJECT} before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=${PROJECT} then retry.`,
          [errorInfo('SERVICE_DISABLED', { consumer: `projects/${PROJECT}` })],
        );
      case 'suspended':
        return googleError(
          403,
          'PERMISSION_DENIED',
          `Permission denied: Consumer 'api_key:${key}' has been suspended.`,
          [errorInfo('CONSUMER_SUSPENDED', { consumer: `projects/${PROJECT}` })],
        );
      case 'restricted':
        return googleError(
          403,
          'PERMISSION_DENIED',
          'Requests from this client application <empty> are blocked.',
          [errorInfo('API_KEY_ANDROID_APP_BLOCKED', { consumer: `projects/${PROJECT}` })],
        );
      case 'location':
        return googleError(
          400,
          'FAILED_PRECONDITION',
          'User location is not supported for the API use.',
        );
      case 'rate_limited':
        return this.rateLimited();
      default:
        break;
    }
    const models = (
      account.models ?? ['gemini-2.5-flash', 'gemini-2.5-pro', 'text-embedding-004']
    ).map((id) => ({
      name: `models/${id}`,
      version: '001',
      displayName: id,
      inputTokenLimit: 1048576,
    }));
    return jsonReply(200, { models });
  }

  serverError(): StandInReply {
    return googleError(500, 'INTERNAL', 'An internal error has occurred.');
  }

  rateLimited(): StandInReply {
    return googleError(
      429,
      'RESOURCE_EXHAUSTED',
      'You exceeded your current quota, please check your plan and billing details.',
      [
        {
          '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
          violations: [
            {
              quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests',
              quotaId: 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier',
            },
          ],
        },
        { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '27s' },
      ],
    );
  }
}

export class GeminiStandIn extends StandIn<GeminiProtocol> {
  private constructor(options: StandInServerOptions) {
    super(new GeminiProtocol(), options);
  }

  static async start(options: StandInServerOptions = {}): Promise<GeminiStandIn> {
    return new GeminiStandIn(options).listen();
  }

  /** The tester's base URL seam (the app always uses https://generativelanguage.googleapis.com/). */
  get baseUrl(): string {
    return `${this.server.origin}/`;
  }

  addKey(apiKey: string, account: GeminiKeyAccount = {}): void {
    this.protocol.keys.set(apiKey, account);
  }
}
