import { AppError } from '../../../shared/errors.ts';
import type { MockHandlers } from './mock-handler-types.ts';
import type { MockSession } from './mock-session-state.ts';
import { sleep } from './mock-timing.ts';

/*
 * DEVELOPMENT ONLY: the mock main process's two-step verification. Any six digits but 000000
 * are accepted.
 */

type SecondFactorChannel =
  | 'session:verify-second-factor'
  | 'session:second-factors'
  | 'session:second-factor-enroll'
  | 'session:second-factor-confirm'
  | 'session:second-factor-remove';

const DEMO_FACTOR_ID = '5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4';

export function createMockSecondFactorHandlers(
  session: MockSession,
): Pick<MockHandlers, SecondFactorChannel> {
  const acceptCode = async (code: string) => {
    await sleep(400);
    if (code === '000000') throw new AppError('invalid_input', 'second_factor_code_wrong');
    return session.set({ secondFactor: 'verified' });
  };
  return {
    'session:verify-second-factor': ({ code }) => acceptCode(code),
    'session:second-factors': () =>
      session.get().secondFactor === 'none'
        ? []
        : [{ id: DEMO_FACTOR_ID, friendlyName: 'Móvil', createdAt: new Date().toISOString() }],
    'session:second-factor-enroll': async () => {
      await sleep(400);
      return { factorId: DEMO_FACTOR_ID, secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', qrRows: demoQrRows() };
    },
    'session:second-factor-confirm': ({ code }) => acceptCode(code),
    'session:second-factor-remove': async () => {
      await sleep(400);
      return session.set({ secondFactor: 'none' });
    },
  };
}

/** A QR-sized pattern for the demo (not a scannable code: the demo has no Auth to enrol with). */
function demoQrRows(): string[] {
  return Array.from({ length: 25 }, (_row, y) =>
    Array.from({ length: 25 }, (_cell, x) => ((x * 7 + y * 13 + x * y) % 3 === 0 ? '1' : '0')).join(
      '',
    ),
  );
}
