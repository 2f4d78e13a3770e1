/*
 * A real service-account key file for tests: a fresh RSA key (the shared schema imports it with
 * WebCrypto, so a made-up PEM would not pass). Generated once per test file.
 */
let cached: Promise<string> | undefined;

async function generatePem(): Promise<string> {
  const pair = await crypto.subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['sign', 'verify'],
  );
  const der = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const base64 = btoa(String.fromCharCode(...der));
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN PRIVATE KEY-----\n${lines.join('\n')}\n-----END PRIVATE KEY-----\n`;
}

export function serviceAccountJson(overrides: Record<string, string> = {}): Promise<string> {
  cached ??= generatePem();
  return cached.then((privateKey) =>
    JSON.stringify({
      type: 'service_account',
      project_id: 'demo-project-42',
      private_key_id: '0123456789abcdef0123456789abcdef01234567',
      private_key: privateKey,
      client_email: 'vault-reader@demo-project-42.iam.gserviceaccount.com',
      client_id: '123456789012345678901',
      token_uri: 'https://oauth2.googleapis.com/token',
      ...overrides,
    }),
  );
}
