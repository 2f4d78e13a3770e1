import { randomBytes, randomUUID } from 'node:crypto';
import { HANG, jsonReply } from './stand-in-server.ts';
import type {
  StandInProtocol,
  StandInReply,
  StandInRequest,
  StandInServerOptions,
} from './stand-in-server.ts';
import { StandIn } from './stand-in.ts';
import type { TestCertificate } from './test-certificate.ts';

/*
 * A Microsoft Entra ID authority over https: OpenID discovery per tenant and the v2.0 token
 * endpoint for the client-credentials grant, checking the client secret and answering with the
 * real AADSTS error bodies. Clients must use `disableInstanceDiscovery` (MSAL would otherwise call
 * login.microsoftonline.com for instance metadata).
 */

export interface AzureClientAccount {
  clientSecret: string;
  /** `expired_secret`: the secret is past its end date (AADSTS7000222). `hang`: never answers. */
  behaviour?: 'expired_secret' | 'hang';
}

const MANAGEMENT_SCOPE = 'https://management.azure.com/.default';

/** An AADSTS error body, with the trace lines Entra ID appends to every description. */
function aadError(status: number, error: string, code: number, description: string): StandInReply {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const timestamp = new Date()
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
  return jsonReply(status, {
    error,
    error_description: `AADSTS${code}: ${description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
    error_codes: [code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `https://login.microsoftonline.com/error?code=${code}`,
  });
}

class EntraProtocol implements StandInProtocol {
  /** tenant id → client id → account */
  readonly tenants = new Map<string, Map<string, AzureClientAccount>>();
  origin = '';

  handle(request: StandInRequest): StandInReply | typeof HANG {
    const [, tenant, ...rest] = request.url.pathname.split('/');
    const route = rest.join('/');
    const clients = tenant ? this.tenants.get(tenant) : undefined;
    if (request.method === 'GET' && route === 'v2.0/.well-known/openid-configuration') {
      if (!clients) {
        return aadError(
          400,
          'invalid_tenant',
          90002,
          `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
        );
      }
      return jsonReply(200, this.#openIdConfiguration(tenant!));
    }
    if (request.method === 'POST' && route === 'oauth2/v2.0/token') {
      if (!clients) return aadError(400, 'invalid_tenant', 90002, `Tenant '${tenant}' not found.`);
      return this.#token(new URLSearchParams(request.body), tenant!, clients);
    }
    return jsonReply(404, { error: 'not_found' });
  }

  #openIdConfiguration(tenant: string): Record<string, unknown> {
    const base = `${this.origin}/${tenant}`;
    return {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: [
        'client_secret_post',
        'private_key_jwt',
        'client_secret_basic',
      ],
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${base}/v2.0`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      tenant_region_scope: 'EU',
    };
  }

  #token(
    form: URLSearchParams,
    tenant: string,
    clients: Map<string, AzureClientAccount>,
  ): StandInReply | typeof HANG {
    if (form.get('grant_type') !== 'client_credentials') {
      return aadError(
        400,
        'unsupported_grant_type',
        70003,
        'The app requested an unsupported grant type.',
      );
    }
    const clientId = form.get('client_id') ?? '';
    const account = clients.get(clientId);
    if (!account) {
      return aadError(
        400,
        'unauthorized_client',
        700016,
        `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
      );
    }
    if (form.get('client_secret') !== account.clientSecret) {
      return aadError(
        401,
        'invalid_client',
        7000215,
        `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
      );
    }
    if (account.behaviour === 'expired_secret') {
      return aadError(
        401,
        'invalid_client',
        7000222,
        `The provided client secret keys for app '${clientId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`,
      );
    }
    const scopes = (form.get('scope') ?? '').split(' ');
    if (!scopes.includes(MANAGEMENT_SCOPE)) {
      return aadError(400, 'invalid_scope', 1002012, 'The provided value for scope is not valid.');
    }
    if (account.behaviour === 'hang') return HANG;
    return jsonReply(200, {
      token_type: 'Bearer',
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.${randomBytes(24).toString('base64url')}.sig`,
    });
  }

  serverError(): StandInReply {
    return aadError(
      500,
      'temporarily_unavailable',
      90033,
      'A transient error has occurred. Please try again.',
    );
  }

  rateLimited(): StandInReply {
    const reply = aadError(
      429,
      'temporarily_unavailable',
      90055,
      'TenantThrottlingThreshold - There are too many incoming requests.',
    );
    return { ...reply, headers: { ...reply.headers, 'retry-after': '30' } };
  }
}

export class AzureStandIn extends StandIn<EntraProtocol> {
  /** The CA to trust (the tester's TLS seam). */
  readonly caCertificate: string;

  private constructor(certificate: TestCertificate, options: StandInServerOptions) {
    super(new EntraProtocol(), { ...options, tls: certificate });
    this.caCertificate = certificate.cert;
  }

  static async start(
    certificate: TestCertificate,
    options: StandInServerOptions = {},
  ): Promise<AzureStandIn> {
    const standIn = await new AzureStandIn(certificate, options).listen();
    // The discovery document names the token endpoint by the origin, known once listening.
    standIn.protocol.origin = standIn.server.origin;
    return standIn;
  }

  /** The integration's `authorityHost` (https://127.0.0.1:PORT). */
  get authorityHost(): string {
    return this.server.origin;
  }

  addClient(tenantId: string, clientId: string, account: AzureClientAccount): void {
    const clients = this.protocol.tenants.get(tenantId) ?? new Map<string, AzureClientAccount>();
    clients.set(clientId, account);
    this.protocol.tenants.set(tenantId, clients);
  }
}
