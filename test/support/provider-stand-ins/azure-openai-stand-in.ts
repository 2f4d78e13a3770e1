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
 * An Azure OpenAI resource's `GET /openai/models?api-version=…` (https://learn.microsoft.com/rest/
 * api/azureopenai/models/list): the key in the `api-key` header (what the openai package's
 * AzureOpenAI sends: `authHeaders` in its azure.js), `api-version` required, and Azure's error
 * shape with an `apim-request-id` header: a wrong key 401 `{"error":{"code":"401","message":"Access
 * denied due to invalid subscription key or wrong API endpoint. …"}}` (SciSharp/BotSharp#386), a
 * wrong path 404 `Resource not found` (MicrosoftDocs/azure-docs#110272), an unsupported version
 * 400 "API version not supported" (anomalyco/opencode#12186), a rate limit 429 with `retry-after`.
 */

export const AZURE_OPENAI_VERSIONS = ['2024-06-01', '2024-10-21', '2025-04-01-preview'];

export interface AzureOpenAiKeyAccount {
  behaviour?: 'forbidden' | 'rate_limited' | 'hang';
  models?: string[];
}

function azureError(
  status: number,
  code: string,
  message: string,
  extra: Record<string, string> = {},
) {
  return jsonReply(
    status,
    { error: { code, message } },
    { 'apim-request-id': randomUUID(), ...extra },
  );
}

class AzureOpenAiProtocol implements StandInProtocol {
  readonly keys = new Map<string, AzureOpenAiKeyAccount>();

  handle(request: StandInRequest): StandInReply | typeof HANG {
    const version = request.url.searchParams.get('api-version');
    if (request.method !== 'GET' || request.url.pathname !== '/openai/models' || !version) {
      return azureError(404, '404', 'Resource not found');
    }
    const account = this.keys.get(header(request, 'api-key') ?? '');
    if (!account) {
      return azureError(
        401,
        '401',
        'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
      );
    }
    if (!AZURE_OPENAI_VERSIONS.includes(version)) {
      return azureError(400, 'BadRequest', 'API version not supported');
    }
    switch (account.behaviour) {
      case 'hang':
        return HANG;
      case 'forbidden':
        return azureError(403, '403', 'Traffic is not from an approved private endpoint.');
      case 'rate_limited':
        return this.rateLimited();
      default:
        break;
    }
    const data = (account.models ?? ['gpt-4o-2024-08-06', 'text-embedding-3-large']).map((id) => ({
      status: 'succeeded',
      capabilities: { fine_tune: false, inference: true, chat_completion: true, embeddings: false },
      lifecycle_status: 'generally-available',
      id,
      created_at: 1_723_075_200,
      object: 'model',
    }));
    return jsonReply(200, { data, object: 'list' }, { 'apim-request-id': randomUUID() });
  }

  serverError(): StandInReply {
    return azureError(
      500,
      'InternalServerError',
      'The server had an error while processing your request.',
    );
  }

  rateLimited(): StandInReply {
    return azureError(
      429,
      '429',
      'Requests to the Models_List Operation under Azure OpenAI API version 2024-10-21 have exceeded call rate limit of your current OpenAI S0 pricing tier. Please retry after 20 seconds.',
      { 'retry-after': '20' },
    );
  }
}

export class AzureOpenAiStandIn extends StandIn<AzureOpenAiProtocol> {
  private constructor(options: StandInServerOptions) {
    super(new AzureOpenAiProtocol(), options);
  }

  static async start(options: StandInServerOptions = {}): Promise<AzureOpenAiStandIn> {
    return new AzureOpenAiStandIn(options).listen();
  }

  /** The seam that replaces every Azure OpenAI endpoint's origin (the app accepts only Azure hosts). */
  get origin(): string {
    return this.server.origin;
  }

  addKey(apiKey: string, account: AzureOpenAiKeyAccount = {}): void {
    this.protocol.keys.set(apiKey, account);
  }
}
