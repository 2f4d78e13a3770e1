import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../shared/session.ts';
import type { AppErrorPayload } from '../bridge/app-error.ts';
import { toAppError } from '../bridge/app-error.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { GateCard } from '../layout/gate-card.tsx';
import { CodeInput } from '../second-factor/code-input.tsx';
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const introId = useId();
  const fieldId = useId();
  const canUseCode = session.secondFactor !== 'none';
  const offline = session.connectivity === 'offline';
  const ready = method === 'password' ? password.length > 0 : code.replace(/\s/g, '').length === 6;

  const submit = async () => {
    setBusy(true);
    setError(null);
    const input =
      method === 'password' ? { method, password } : { method, code: code.replace(/\s/g, '') };
    setPassword('');
    setCode('');
    try {
      applyLockState(queryClient, await bridge.lock.unlock(input));
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  };

  const switchTo = (next: Method) => {
    setMethod(next);
    setError(null);
  };

  return (
    <GateCard
      titleId="unlock-title"
      title={t('lock.title')}
      introId={introId}
      intro={canUseCode ? t('lock.introCode') : t('lock.intro')}
      email={session.user?.email}
      offlineNotice={offline ? t('lock.offline') : null}
      onSubmit={submit}
      submit={{
        label: t('lock.unlock'),
        busyLabel: t('lock.unlocking'),
        busy,
        enabled: !offline && ready,
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
        <div className="field">
          <label htmlFor={fieldId}>{t('lock.passwordLabel')}</label>
          <input
            id={fieldId}
            type="password"
            autoComplete="current-password"
            value={password}
            disabled={busy}
            aria-describedby={introId}
            autoFocus
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
      ) : (
        <CodeInput
          id={fieldId}
          value={code}
          onChange={setCode}
          disabled={busy}
          describedBy={introId}
          autoFocus
        />
      )}
      {error && <UnlockError error={error} />}
    </GateCard>
  );
}
