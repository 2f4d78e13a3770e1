import { useId, useState } from 'react';
import { GateCard } from '../layout/gate-card.tsx';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../shared/session.ts';
import type { AppErrorPayload } from '../bridge/app-error.ts';
import { toAppError } from '../bridge/app-error.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { useApplySession } from '../session/use-session.ts';
import { ErrorMessage } from '../ui/error-message.tsx';
import { CodeInput } from './code-input.tsx';
import './second-factor.css';

/**
 * Shown instead of everything else while the session is password-only and the user has a
 * verified second factor (sign-in, or a restore of such a session): the database refuses the
 * keys until the code is verified, so there is nothing else to show.
 */
export function SecondFactorScreen({ session }: { session: SessionState }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const applySession = useApplySession();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const codeId = useId();
  const introId = useId();
  const offline = session.connectivity === 'offline';

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      applySession(await bridge.session.verifySecondFactor({ code }));
    } catch (caught) {
      setError(toAppError(caught));
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <GateCard
      titleId="second-factor-title"
      title={t('secondFactor.screenTitle')}
      introId={introId}
      intro={t('secondFactor.screenIntro')}
      email={session.user?.email}
      offlineNotice={offline ? t('secondFactor.offline') : null}
      onSubmit={submit}
      submit={{
        label: t('secondFactor.verify'),
        busyLabel: t('secondFactor.verifying'),
        busy,
        enabled: !offline && code.replace(/\s/g, '').length === 6,
      }}
    >
      <CodeInput
        id={codeId}
        value={code}
        onChange={setCode}
        disabled={busy}
        describedBy={introId}
        autoFocus
      />
      {error && <ErrorMessage error={error} />}
    </GateCard>
  );
}
