/** English words for connection test results: one sentence per reason code from main. */
export const testResultEn = {
  ok: 'Connection works ({{ms}} ms)',
  failed: 'Connection failed',
  identity: 'Verified identity',
  details: 'Details',
  copy: 'Copy {{label}}',
  copied: 'Copied',
  httpStatus: 'HTTP response',
  providerCode: 'Provider code',
  requestId: 'Request ID',
  networkCode: 'Network code',
  field: 'Field',
  deadline: 'Time limit',
  retryAfter: 'Try again in {{duration}}.',
  kind: {
    invalid_credentials: 'The provider rejected these credentials.',
    permission_denied: 'The credentials work but lack the permission needed for the test.',
    expired: 'The credentials have expired.',
    not_found: 'The account or resource was not found.',
    rate_limited: 'The provider is limiting requests; try again in a moment.',
    network: 'The provider could not be reached.',
    timeout: 'The provider did not answer in time.',
    provider_error: 'The provider reported an error.',
    invalid_format: 'The credentials are not in the expected format.',
    redirected: 'The provider redirected the request to another server.',
    cancelled: 'The test was cancelled.',
  },
  reason: {
    accepted: 'The provider accepted the credentials.',
    disabled: 'This integration is disabled, so it was not tested. Enable it to test it.',
    not_tested: 'The test could not be run.',
    cancelled: 'The test was cancelled.',
    deadline_exceeded:
      'The provider did not answer in time. It may be unreachable from this network, or slow right now.',
    tester_failed: 'The test failed unexpectedly.',
    credentials_unreadable: 'The stored credentials could not be read. Rotate them to fix this.',
    credentials_malformed: 'The credentials are not in the expected format.',
    config_invalid: 'The settings of this integration are not valid.',
    timeout: '{{host}} did not answer in time.',
    connection_refused: '{{host}} refused the connection.',
    host_not_found:
      'Could not find {{host}}. Check the internet connection (and the address, if you set one).',
    connection_closed: 'The connection to {{host}} was closed before it answered.',
    network_unreachable: '{{host}} cannot be reached from this network.',
    certificate_untrusted:
      'The secure connection to {{host}} could not be verified. A proxy or security product may be intercepting traffic.',
    network_failed: 'Could not reach {{host}}.',
    redirected_elsewhere:
      '{{host}} redirected the request to another server. The key was not sent there, so it was not checked.',
    key_rejected:
      'The provider rejected the key. It may have been deleted, or it was copied incompletely.',
    permission_denied: 'The key works but may not make the test call.',
    endpoint_not_found: '{{host}} offers no such API at this address. Check the base URL.',
    rate_limited: 'The provider is rate limiting this key. Try again shortly.',
    quota_exhausted: 'The key works, but its quota is used up: check the plan and billing.',
    provider_server_error: '{{host}} had a server error. Try again later.',
    provider_overloaded: '{{host}} is overloaded right now. Try again in a few minutes.',
    provider_refused: '{{host}} refused the request.',
    unexpected_answer: 'The provider answered in a way the app did not understand.',
    account_deactivated: 'OpenAI says the account behind this key has been deactivated.',
    organization_mismatch: 'This key does not belong to the organization set for this integration.',
    project_mismatch: 'This key does not belong to the project set for this integration.',
    access_key_unknown:
      'AWS does not recognise this access key ID: it may have been deleted or deactivated, or {{region}} is not enabled for the account.',
    secret_mismatch: 'The secret access key does not match this access key ID.',
    clock_skew:
      "The provider refused the request because this computer's clock is off. Correct the system time and test again.",
    session_token_expired:
      'The session token has expired. Temporary credentials last hours at most: get new ones and rotate them here.',
    signature_unreadable: 'AWS could not read the request signature.',
    region_disabled:
      'STS is not activated in {{region}} for this account. Activate the region or choose another one.',
    client_secret_wrong: "The client secret is wrong. Copy the secret's Value, not its Secret ID.",
    client_secret_expired:
      'The client secret has expired. Create a new secret in the app registration and rotate it here.',
    application_not_found:
      'No application with this client ID exists in this tenant. Check both IDs.',
    tenant_not_found: 'The tenant was not found at {{host}}. Check the tenant ID and the cloud.',
    tenant_invalid: 'The tenant ID is not valid.',
    application_disabled: 'The application is disabled in this tenant.',
    conditional_access_blocked: 'A Conditional Access policy blocked the sign-in.',
    key_signature_rejected:
      "Google rejected the key's signature: it was deleted, rotated or has expired. Create a new key for the service account.",
    service_account_not_found:
      'Google does not know this service account: it was deleted, or the key file is from another account.',
    service_account_disabled: 'The service account is disabled.',
    private_key_unusable:
      'The private key in this key file could not be used to sign. Download a new key file.',
    no_access_token: 'Google answered without an access token.',
    api_not_enabled:
      "The Gemini API (Generative Language API) is not enabled in the key's Google Cloud project. Enable it there, or create the key in Google AI Studio.",
    key_restricted:
      "The key's restrictions (APIs, websites, IP addresses or apps) do not allow this call. Check them in the Google Cloud console.",
    key_suspended: 'Google has suspended this key or its project.',
    location_unsupported:
      'The Gemini API is not available in the country this computer connects from.',
    api_version_unsupported:
      '{{host}} does not support this API version. Choose a version the resource offers (for example 2024-10-21).',
  },
  unknownReason: 'The last test failed.',
  /** Where a reason names the host and none is known (an Activity entry of a deleted key). */
  someProvider: 'the provider',
  /** The region a reason names, and the words when the entry does not say which (Activity). */
  theRegion: 'the region {{region}}',
  someRegion: 'its region',
  /** A rate limit whose wait the provider named (its Retry-After). */
  rateLimitedSeconds_one: 'The provider is rate limiting this key. Try again in {{count}} second.',
  rateLimitedSeconds_other:
    'The provider is rate limiting this key. Try again in {{count}} seconds.',
  rateLimitedMinutes_one: 'The provider is rate limiting this key. Try again in {{count}} minute.',
  rateLimitedMinutes_other:
    'The provider is rate limiting this key. Try again in {{count}} minutes.',
  identityLabel: {
    modelCount: 'Models available',
    organization: 'Organization',
    project: 'Project',
    account: 'Account',
    arn: 'ARN',
    userId: 'User ID',
    region: 'Region',
    tenantId: 'Tenant',
    clientId: 'Client',
    authorityHost: 'Cloud',
    expiresAt: 'Token expires',
    clientEmail: 'Service account',
    projectId: 'Project',
  },
};
