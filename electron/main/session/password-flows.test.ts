import { describe, expect, it } from 'vitest';
import { AUTH_CALLBACK_URL } from '../../../shared/deep-link.ts';
import { callback, GoTrueDouble, start } from './gotrue-double.test-support.ts';

/* Password reset and change of issue #12 against the GoTrue double (gotrue-double.test-support.ts). */

describe('password reset', () => {
  it('reset link → signed in on the new-password screen → new password → signed in with it', async () => {
    const gotrue = new GoTrueDouble();
    gotrue.addConfirmedUser('ana@example.com', 'old-password-1');
    const { service } = await start(gotrue);
    const sent = await service.requestPasswordReset({ email: 'ana@example.com' });
    expect(sent.flow).toEqual({ kind: 'reset_sent', email: 'ana@example.com' });
    expect(gotrue.flows[0]).toMatchObject({ kind: 'recovery', redirectTo: AUTH_CALLBACK_URL });

    const state = await service.completeAuthCallback(
      callback(gotrue.followLatestLink('ana@example.com')),
    );
    expect(state).toMatchObject({ status: 'signed_in', flow: { kind: 'new_password' } });

    await expect(service.setNewPassword({ password: 'short' })).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'password',
    });
    await expect(service.setNewPassword({ password: 'old-password-1' })).rejects.toMatchObject({
      reason: 'same_password',
    });
    const done = await service.setNewPassword({ password: 'new-password-2' });
    expect(done).toMatchObject({ status: 'signed_in', flow: null });
    expect(gotrue.users.get('ana@example.com')!.password).toBe('new-password-2');
  });

  it('offline, a link is kept for later instead of spent; signing out leaves the reset screen', async () => {
    const gotrue = new GoTrueDouble();
    gotrue.addConfirmedUser('ana@example.com', 'old-password-1');
    const { service } = await start(gotrue);
    await service.requestPasswordReset({ email: 'ana@example.com' });
    const link = callback(gotrue.followLatestLink('ana@example.com'));
    service.setConnectivity('offline');
    expect(await service.completeAuthCallback(link)).toMatchObject({
      status: 'signed_out',
      notice: 'auth_unreachable',
    });
    service.setConnectivity('online');
    expect(await service.completeAuthCallback(link)).toMatchObject({
      status: 'signed_in',
      flow: { kind: 'new_password' },
    });
    expect((await service.signOut()).flow).toBeNull();
  });

  it('a link is not used to swap the account of a signed-in user', async () => {
    const gotrue = new GoTrueDouble();
    gotrue.addConfirmedUser('ana@example.com', 'password-ana');
    gotrue.addConfirmedUser('eve@example.com', 'password-eve');
    const { service } = await start(gotrue);
    await service.requestPasswordReset({ email: 'eve@example.com' });
    await service.signIn({ email: 'ana@example.com', password: 'password-ana' });
    const state = await service.completeAuthCallback(
      callback(gotrue.followLatestLink('eve@example.com')),
    );
    expect(state.user?.email).toBe('ana@example.com');
  });
});

describe('change password (Settings)', () => {
  it('checks the current password first; a wrong one changes nothing', async () => {
    const gotrue = new GoTrueDouble();
    gotrue.addConfirmedUser('ana@example.com', 'password-one');
    const { service, logs } = await start(gotrue);
    await service.signIn({ email: 'ana@example.com', password: 'password-one' });

    await expect(
      service.changePassword({ currentPassword: 'CANARY-wrong-9', newPassword: 'password-two' }),
    ).rejects.toMatchObject({ reason: 'current_password_wrong', field: 'currentPassword' });
    expect(gotrue.users.get('ana@example.com')!.password).toBe('password-one');
    expect(service.getState().status).toBe('signed_in');

    await expect(
      service.changePassword({ currentPassword: 'password-one', newPassword: 'password-one' }),
    ).rejects.toMatchObject({ reason: 'same_password', field: 'newPassword' });

    const state = await service.changePassword({
      currentPassword: 'password-one',
      newPassword: 'CANARY-password-two',
    });
    expect(state.status).toBe('signed_in');
    expect(gotrue.users.get('ana@example.com')!.password).toBe('CANARY-password-two');
    expect(logs.text()).not.toMatch(/CANARY/);
  });

  it('needs a signed-in user', async () => {
    const { service } = await start(new GoTrueDouble());
    await expect(
      service.changePassword({ currentPassword: 'x', newPassword: 'password-two' }),
    ).rejects.toMatchObject({ reason: 'sign_in_first' });
  });
});
