/**
 * The request and response values the handlers work with. Handlers return a response value instead
 * of writing to the socket, so the server applies the fault switches (delay, 503) in one place.
 */
import type { IncomingMessage } from 'node:http';

export interface ApiRequest {
  method: string;
  url: URL;
  /** Lower-cased header names, each with its (first) value. */
  headers: Record<string, string>;
  body: Buffer;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  /** Absent for responses without a body (204, HEAD). */
  body?: string;
}

/** Requests larger than this are refused with 413; nothing the app sends comes near it. */
export const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLargeError extends Error {}

export async function readRequest(message: IncomingMessage, base: string): Promise<ApiRequest> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError('request body too large');
    chunks.push(buffer);
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers)) {
    if (value === undefined) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: (message.method ?? 'GET').toUpperCase(),
    url: new URL(message.url ?? '/', base),
    headers,
    body: Buffer.concat(chunks),
  };
}

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export function jsonResponse(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): ApiResponse {
  return {
    status,
    headers: { 'content-type': JSON_CONTENT_TYPE, ...headers },
    body: JSON.stringify(value),
  };
}

export function emptyResponse(status: number, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers };
}

/** Parses a JSON body; an empty body is `undefined`, an unparsable one throws SyntaxError. */
export function parseJsonBody(request: ApiRequest): unknown {
  const text = request.body.toString('utf8');
  if (text.trim() === '') return undefined;
  return JSON.parse(text) as unknown;
}

/** The bearer token of the Authorization header, or null when there is none. */
export function bearerToken(request: ApiRequest): string | null {
  const match = /^bearer\s+(.*)$/i.exec(request.headers['authorization'] ?? '');
  return match ? match[1]!.trim() : null;
}
