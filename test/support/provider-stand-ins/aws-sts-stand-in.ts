import { randomUUID } from 'node:crypto';
import { HANG, header } from './stand-in-server.ts';
import type {
  StandInProtocol,
  StandInReply,
  StandInRequest,
  StandInServerOptions,
} from './stand-in-server.ts';
import { StandIn } from './stand-in.ts';
import { parseAuthorization, verifySigV4 } from './sigv4-verifier.ts';

/*
 * STS `GetCallerIdentity` over the awsQuery protocol: a SigV4-signed form POST answered in XML.
 * The signature is verified with the account's secret access key, so only the right secret passes.
 */

export interface AwsKeyAccount {
  secretAccessKey: string;
  /** Temporary (ASIA…) credentials: the token the request must carry. */
  sessionToken?: string;
  account: string;
  arn: string;
  userId: string;
  /** `expired`: the session token has expired. `hang`: never answers for this key. */
  behaviour?: 'expired' | 'hang';
}

const NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';

function xmlEscape(value: string): string {
  return value.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function stsError(status: number, code: string, message: string, type = 'Sender'): StandInReply {
  return {
    status,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': randomUUID() },
    body:
      `<ErrorResponse xmlns="${NAMESPACE}">\n  <Error>\n    <Type>${type}</Type>\n` +
      `    <Code>${code}</Code>\n    <Message>${xmlEscape(message)}</Message>\n  </Error>\n` +
      `  <RequestId>${randomUUID()}</RequestId>\n</ErrorResponse>\n`,
  };
}

function invalidClientTokenId(): StandInReply {
  return stsError(
    403,
    'InvalidClientTokenId',
    'The security token included in the request is invalid.',
  );
}

/** `20240101T120000Z` */
function amzDate(time: number): string {
  return new Date(time)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

class StsProtocol implements StandInProtocol {
  readonly keys = new Map<string, AwsKeyAccount>();
  /** Added to the stand-in's clock, to play a server whose time differs from the client's. */
  clockOffsetMs = 0;
  /** The regions seen in signing scopes, newest last. */
  readonly regions: string[] = [];

  handle(request: StandInRequest): StandInReply | typeof HANG {
    const form = new URLSearchParams(request.body);
    if (
      request.method !== 'POST' ||
      !header(request, 'content-type')?.startsWith('application/x-www-form-urlencoded') ||
      form.get('Action') !== 'GetCallerIdentity' ||
      form.get('Version') !== '2011-06-15'
    ) {
      return stsError(400, 'InvalidAction', 'Could not find operation for this request.');
    }
    const authorization = header(request, 'authorization');
    if (!authorization) {
      return stsError(403, 'MissingAuthenticationToken', 'Request is missing Authentication Token');
    }
    const auth = parseAuthorization(authorization);
    if (!auth || auth.service !== 'sts') {
      return stsError(
        400,
        'IncompleteSignature',
        "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
      );
    }
    this.regions.push(auth.region);
    const account = this.keys.get(auth.accessKeyId);
    if (!account) return invalidClientTokenId();

    const now = Date.now() + this.clockOffsetMs;
    const check = verifySigV4(request, auth, account.secretAccessKey, now);
    if (!check.ok) {
      if (check.reason === 'signature_expired') {
        const earliest = amzDate(now - 15 * 60_000);
        return stsError(
          403,
          'SignatureDoesNotMatch',
          `Signature expired: ${check.requestTime} is now earlier than ${earliest} (${amzDate(now)} - 15 min.)`,
        );
      }
      return stsError(
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      );
    }
    const token = header(request, 'x-amz-security-token');
    if (account.sessionToken !== undefined || token !== undefined) {
      const tokenSigned = auth.signedHeaders.includes('x-amz-security-token');
      if (token !== account.sessionToken || !tokenSigned) return invalidClientTokenId();
      if (account.behaviour === 'expired') {
        return stsError(
          403,
          'ExpiredToken',
          'The security token included in the request is expired',
        );
      }
    }
    if (account.behaviour === 'hang') return HANG;
    return {
      status: 200,
      headers: { 'content-type': 'text/xml', 'x-amzn-requestid': randomUUID() },
      body:
        `<GetCallerIdentityResponse xmlns="${NAMESPACE}">\n  <GetCallerIdentityResult>\n` +
        `    <Arn>${xmlEscape(account.arn)}</Arn>\n    <UserId>${xmlEscape(account.userId)}</UserId>\n` +
        `    <Account>${account.account}</Account>\n  </GetCallerIdentityResult>\n` +
        `  <ResponseMetadata>\n    <RequestId>${randomUUID()}</RequestId>\n  </ResponseMetadata>\n` +
        `</GetCallerIdentityResponse>\n`,
    };
  }

  serverError(): StandInReply {
    return stsError(503, 'ServiceUnavailable', 'Service is unable to handle request.', 'Receiver');
  }

  rateLimited(): StandInReply {
    return stsError(400, 'Throttling', 'Rate exceeded');
  }
}

export class AwsStsStandIn extends StandIn<StsProtocol> {
  private constructor(options: StandInServerOptions) {
    super(new StsProtocol(), options);
  }

  static async start(options: StandInServerOptions = {}): Promise<AwsStsStandIn> {
    return new AwsStsStandIn(options).listen();
  }

  /** The STS endpoint to hand the tester (a test seam; production uses the SDK's endpoint). */
  get endpoint(): string {
    return this.server.origin;
  }

  /** Regions seen in the signing scope of each signed request. */
  get regions(): string[] {
    return this.protocol.regions;
  }

  addKey(accessKeyId: string, account: AwsKeyAccount): void {
    this.protocol.keys.set(accessKeyId, account);
  }

  set clockOffsetMs(value: number) {
    this.protocol.clockOffsetMs = value;
  }
}
