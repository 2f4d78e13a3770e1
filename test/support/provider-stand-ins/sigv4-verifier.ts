import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/*
 * Verifies an AWS Signature Version 4 `authorization` header the way AWS does, so the STS stand-in
 * can tell the right secret access key from a wrong one. Algorithm:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 */

export interface SigV4Request {
  method: string;
  /** Path and query, as received. */
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface ParsedAuthorization {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

export type SigV4Check =
  | { ok: true }
  | { ok: false; reason: 'malformed' | 'signature_mismatch' | 'body_hash_mismatch' }
  | { ok: false; reason: 'signature_expired'; requestTime: string };

const AUTHORIZATION_PATTERN =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

export function parseAuthorization(value: string | undefined): ParsedAuthorization | null {
  const match = AUTHORIZATION_PATTERN.exec(value ?? '');
  if (!match) return null;
  const [, accessKeyId, date, region, service, signedHeaders, signature] = match;
  return {
    accessKeyId: accessKeyId!,
    date: date!,
    region: region!,
    service: service!,
    signedHeaders: signedHeaders!.split(';'),
    signature: signature!,
  };
}

const sha256Hex = (data: string): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string): Buffer =>
  createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding as SigV4 wants it for query names and values. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function headerValue(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  const joined = Array.isArray(value) ? value.join(',') : (value ?? '');
  return joined.trim().replace(/\s+/g, ' ');
}

/** Parses `20240101T120000Z`. */
function parseAmzDate(value: string): number {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return Number.NaN;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  return Date.UTC(y!, mo! - 1, d, h, mi, s);
}

export function verifySigV4(
  request: SigV4Request,
  auth: ParsedAuthorization,
  secretAccessKey: string,
  now: number,
): SigV4Check {
  const amzDate = headerValue(request.headers, 'x-amz-date');
  const requestTime = parseAmzDate(amzDate);
  if (Number.isNaN(requestTime) || !amzDate.startsWith(auth.date)) {
    return { ok: false, reason: 'malformed' };
  }
  // AWS refuses signatures more than 15 minutes away from its own clock.
  if (Math.abs(now - requestTime) > 15 * 60_000) {
    return { ok: false, reason: 'signature_expired', requestTime: amzDate };
  }
  if (!auth.signedHeaders.includes('host')) return { ok: false, reason: 'malformed' };

  const bodyHash = sha256Hex(request.body);
  const declaredHash = headerValue(request.headers, 'x-amz-content-sha256');
  if (declaredHash && declaredHash !== 'UNSIGNED-PAYLOAD' && declaredHash !== bodyHash) {
    return { ok: false, reason: 'body_hash_mismatch' };
  }
  const query = [...request.url.searchParams.entries()]
    .map(([name, value]) => `${encode(name)}=${encode(value)}`)
    .sort()
    .join('&');
  const canonicalRequest = [
    request.method,
    request.url.pathname || '/',
    query,
    ...auth.signedHeaders.map((name) => `${name}:${headerValue(request.headers, name)}`),
    '',
    auth.signedHeaders.join(';'),
    declaredHash || bodyHash,
  ].join('\n');
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = hmac(
    hmac(hmac(hmac(`AWS4${secretAccessKey}`, auth.date), auth.region), auth.service),
    'aws4_request',
  );
  const expected = Buffer.from(hmac(signingKey, stringToSign).toString('hex'));
  const received = Buffer.from(auth.signature);
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) {
    return { ok: false, reason: 'signature_mismatch' };
  }
  return { ok: true };
}
