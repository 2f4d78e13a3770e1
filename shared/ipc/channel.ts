import type { z } from 'zod';

/** A request/response channel: both ends are zod schemas, so both ends are checked at runtime. */
export interface ChannelDefinition<
  Req extends z.ZodType = z.ZodType,
  Res extends z.ZodType = z.ZodType,
> {
  readonly request: Req;
  readonly response: Res;
}

/** A main → renderer event with its payload schema. */
export interface EventDefinition<Payload extends z.ZodType = z.ZodType> {
  readonly payload: Payload;
}

export function defineChannel<Req extends z.ZodType, Res extends z.ZodType>(
  request: Req,
  response: Res,
): ChannelDefinition<Req, Res> {
  return { request, response };
}

export function defineEvent<Payload extends z.ZodType>(payload: Payload): EventDefinition<Payload> {
  return { payload };
}
