import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AUTH_CALLBACK_URL } from '../../../shared/deep-link.ts';
import { callback, GoTrueDouble, start } from './gotrue-double.test-support.ts';

/* The e-mail confirmation flow of issue #12 against the GoTrue double (gotrue-double.test-support.ts). */

describe('sign-up with e-mail confirmation', () => {
  it('asks Auth to mail aterges://auth/callback and says the confirmation is pending', async () => {
    const gotrue = new GoTrueDouble();
    const { service } = await start(gotrue);
    const state = await service.signUp({ email: 'ana@example.com', password: 'a-long-password' });
    expect(state).toMatchObject({
      status: 'signed_out',
      notice: null,
      flow: { kind: 'confirm_sign_up', email: 'ana@example.com' },
    });
    expect(gotrue.flows[0]).toMatchObject({ kind: 'signup', redirectTo: AUTH_CALLBACK_URL });
  });

  it('the link’s code signs in with the verifier kept at sign-up; the code works once', async () => {
    const gotrue = new GoTrueDouble();
    const { service, logs } = await start(gotrue);
    await service.signUp({ email: 'ana@example.com', password: 'a-long-password' });
    const link = gotrue.followLatestLink('ana@example.com');
    const state = await service.completeAuthCallback(callback(link));
    expect(state).toMatchObject({
      status: 'signed_in',
      user: { email: 'ana@example.com' },
      notice: null,
      flow: null,
    });
    const code = new URL(link).searchParams.get('code')!;
    expect(logs.text()).not.toContain(code);

    await service.signOut();
    const again = await service.completeAuthCallback(callback(link));
    expect(again).toMatchObject({ status: 'signed_out', notice: 'link_other_device' });
  });

  it('a code exchanged on a device that asked for nothing says so', async () => {
    const gotrue = new GoTrueDouble();
    const asked = await start(gotrue);
    await asked.service.signUp({ email: 'ana@example.com', password: 'a-long-password' });
    const link = gotrue.followLatestLink('ana@example.com');
    const other = await start(gotrue);
    const state = await other.service.completeAuthCallback(callback(link));
    expect(state).toMatchObject({ status: 'signed_out', notice: 'link_other_device' });
  });

  it('a used or unknown code is an expired link; Auth’s error redirect maps to a closed reason', async () => {
    const gotrue = new GoTrueDouble();
    const { service } = await start(gotrue);
    await service.signUp({ email: 'ana@example.com', password: 'a-long-password' });
    const state = await service.completeAuthCallback({ kind: 'code', code: randomUUID() });
    expect(state.notice).toBe('link_expired');

    await service.signUp({ email: 'bea@example.com', password: 'a-long-password' });
    expect(
      (await service.completeAuthCallback({ kind: 'error', errorCode: 'otp_expired' })).notice,
    ).toBe('link_expired');
    for (const errorCode of [null, 'no_such_code', 'constructor', '__proto__', 'toString']) {
      expect((await service.completeAuthCallback({ kind: 'error', errorCode })).notice).toBe(
        'link_failed',
      );
    }
    // The flow on screen stays, so the user can ask for another mail.
    expect(service.getState().flow).toEqual({ kind: 'confirm_sign_up', email: 'bea@example.com' });
  });

  it('a sign-in refused for an unconfirmed address offers the confirmation card', async () => {
    const gotrue = new GoTrueDouble();
    const { service } = await start(gotrue);
    await service.signUp({ email: 'ana@example.com', password: 'a-long-password' });
    service.leaveFlow();
    await expect(
      service.signIn({ email: 'ana@example.com', password: 'a-long-password' }),
    ).rejects.toMatchObject({ reason: 'email_not_confirmed' });
    expect(service.getState().flow).toEqual({ kind: 'confirm_sign_up', email: 'ana@example.com' });
  });

  it('resend: the wait of a mail limit comes from Auth’s message when there is no Retry-After', async () => {
    const gotrue = new GoTrueDouble();
    const { service } = await start(gotrue);
    gotrue.resendAnswer = {
      status: 429,
      body: {
        code: 'over_email_send_rate_limit',
        msg: 'For security purposes, you can only request this after 42 seconds.',
      },
    };
    await expect(service.resendConfirmation({ email: 'ana@example.com' })).rejects.toMatchObject({
      code: 'rate_limited',
      reason: 'email_rate_limited',
      params: { retryAfterSeconds: 42 },
    });
    gotrue.resendAnswer = null;
    const state = await service.resendConfirmation({ email: 'ana@example.com' });
    expect(state.flow).toEqual({ kind: 'confirm_sign_up', email: 'ana@example.com' });
    const call = gotrue.calls.find((c) => c.path.startsWith('POST /resend'))!;
    expect(call.path).toContain(`redirect_to=${encodeURIComponent(AUTH_CALLBACK_URL)}`);
    expect(call.body).toMatchObject({ type: 'signup', email: 'ana@example.com' });
  });
});
