import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockState } from '../../../shared/lock.ts';
import type { SessionState } from '../../../shared/session.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { GateCard } from '../layout/gate-card.tsx';
import { CodeInput, codeDigits, isCompleteCode } from '../second-factor/code-input.tsx';
import { LabelledInput } from '../ui/labelled-input.tsx';
import { usePendingCall } from '../ui/use-pending-call.ts';
import { UnlockError } from './unlock-error.tsx';
import { applyLockState } from './use-lock.ts';

type Method = 'password' | 'code';

/**
 * All the page shows while main is locked (issue #13 §3): the password, or for a user with a
 * second factor a code, and the way out. What is typed stays in this component's state only (not
 * in React Query's cache) and is cleared after every try.
 */
export function UnlockScreen({ session }: { session: SessionState }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const [method, setMethod] = useState<Method>('password');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const unlock = usePendingCall((state: LockState) => applyLockState(queryClient, state));
  const introId = useId();
  const fieldId = useId();
  const canUseCode = session.secondFactor !== 'none';
  const ready = method === 'password' ? password.length > 0 : isCompleteCode(code);

  const submit = async () => {
    const input = method === 'password' ? { method, password } : { method, code: codeDigits(code) };
    setPassword('');
    setCode('');
    await unlock.run(() => bridge.lock.unlock(input));
  };

  const switchTo = (next: Method) => {
    setMethod(next);
    unlock.clearError();
  };

  return (
    <GateCard
      titleId="unlock-title"
      title={t('lock.title')}
      introId={introId}
      intro={canUseCode ? t('lock.introCode') : t('lock.intro')}
      session={session}
      offlineNotice={t('lock.offline')}
      onSubmit={submit}
      submit={{
        label: t('lock.unlock'),
        busyLabel: t('lock.unlocking'),
        busy: unlock.pending,
        ready,
      }}
      otherActions={
        canUseCode && (
          <button
            type="button"
            className="button button-ghost"
            onClick={() => switchTo(method === 'password' ? 'code' : 'password')}
          >
            {method === 'password' ? t('lock.useCode') : t('lock.usePassword')}
          </button>
        )
      }
      testId="unlock-screen"
    >
      {method === 'password' ? (
        <LabelledInput
          id={fieldId}
          label={t('lock.passwordLabel')}
          type="password"
          autoComplete="current-password"
          value={password}
          disabled={unlock.pending}
          aria-describedby={introId}
          autoFocus
          onChange={(event) => setPassword(event.target.value)}
        />
      ) : (
        <CodeInput
          id={fieldId}
          value={code}
          onChange={setCode}
          disabled={unlock.pending}
          describedBy={introId}
          autoFocus
        />
      )}
      {unlock.error && <UnlockError error={unlock.error} />}
    </GateCard>
  );
}
