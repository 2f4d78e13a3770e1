import { describe, expectTypeOf, it } from 'vitest';
import type { ConnectionTestResult } from '../connection-test.ts';
import type { Integration } from '../integration.ts';
import type { LockState } from '../lock.ts';
import type { SessionState } from '../session.ts';
import type { AtergesBridge } from './bridge.ts';
import type { IpcChannelName, IpcEventPayload, IpcRequest, IpcResponse } from './contract.ts';

/* Locks the contract's types: a change here is a change of the app's API and must be deliberate. */
describe('IPC contract types', () => {
  it('names every channel domain:action', () => {
    expectTypeOf<IpcChannelName>().toEqualTypeOf<
      | 'session:get-state'
      | 'activity:list'
      | 'activity:daily'
      | 'activity:export'
      | 'session:sign-up'
      | 'session:sign-in'
      | 'session:sign-out'
      | 'session:sign-out-everywhere'
      | 'session:reconnect'
      | 'session:verify-second-factor'
      | 'session:second-factors'
      | 'session:second-factor-enroll'
      | 'session:second-factor-confirm'
      | 'session:second-factor-remove'
      | 'session:resend-confirmation'
      | 'session:request-password-reset'
      | 'session:set-new-password'
      | 'session:change-password'
      | 'session:leave-flow'
      | 'session:oauth-providers'
      | 'session:oauth-start'
      | 'session:oauth-cancel'
      | 'lock:get-state'
      | 'lock:lock'
      | 'lock:unlock'
      | 'integrations:list'
      | 'integrations:get'
      | 'integrations:create'
      | 'integrations:update'
      | 'integrations:rotate'
      | 'integrations:set-enabled'
      | 'integrations:delete'
      | 'integrations:test'
      | 'integrations:test-all'
      | 'integrations:cancel-test'
      | 'integrations:stop-test-all'
      | 'settings:get'
      | 'settings:set-connection'
      | 'settings:clear-connection'
      | 'settings:set-preferences'
      | 'settings:set-appearance'
      | 'project:prepare'
      | 'project:schema-status'
      | 'app:open-external'
      | 'app:info'
      | 'app:open-logs'
    >();
  });

  it('types requests and responses from the schemas', () => {
    expectTypeOf<IpcRequest<'session:sign-in'>>().toEqualTypeOf<{
      email: string;
      password: string;
    }>();
    expectTypeOf<IpcResponse<'session:sign-in'>>().toEqualTypeOf<SessionState>();
    expectTypeOf<IpcResponse<'integrations:get'>>().toEqualTypeOf<Integration>();
    expectTypeOf<IpcResponse<'integrations:test'>>().toEqualTypeOf<ConnectionTestResult>();
    expectTypeOf<IpcResponse<'lock:unlock'>>().toEqualTypeOf<LockState>();
    expectTypeOf<IpcEventPayload<'lock:changed'>>().toEqualTypeOf<LockState>();
  });

  it('gives the renderer named, typed methods', () => {
    expectTypeOf<AtergesBridge['integrations']['list']>().returns.resolves.toHaveProperty(
      'integrations',
    );
    expectTypeOf<AtergesBridge['integrations']['testAll']>().returns.resolves.items.toHaveProperty(
      'result',
    );
    expectTypeOf<AtergesBridge['session']['signIn']>().parameter(0).toEqualTypeOf<{
      email: string;
      password: string;
    }>();
    expectTypeOf<Integration>().not.toHaveProperty('credentials');
    expectTypeOf<AtergesBridge['lock']['unlock']>()
      .parameter(0)
      .toEqualTypeOf<{ method: 'password'; password: string } | { method: 'code'; code: string }>();
    expectTypeOf<AtergesBridge['lock']['getState']>().returns.resolves.toEqualTypeOf<LockState>();
  });
});
