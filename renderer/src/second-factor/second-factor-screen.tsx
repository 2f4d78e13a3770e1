import { useId, useState } from 'react';
import { GateCard } from '../layout/gate-card.tsx';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../shared/session.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { useSessionCall } from '../session/use-session-call.ts';
import { ErrorMessage } from '../ui/error-message.tsx';
import { CodeInput, isCompleteCode } from './code-input.tsx';
import './second-factor.css';

/**
 * Shown instead of everything else while the session is password-only and the user has a
 * verified second factor (sign-in, or a restore of such a session): the database refuses the
 * keys until the code is verified, so there is nothing else to show.
 */
export function SecondFactorScreen({ session }: { session: SessionState }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const verify = useSessionCall();
  const [code, setCode] = useState('');
  const codeId = useId();
  const introId = useId();

  const submit = async () => {
    const failure = await verify.run(() => bridge.session.verifySecondFactor({ code }));
    if (failure) setCode('');
  };

  return (
    <GateCard
      titleId="second-factor-title"
      title={t('secondFactor.screenTitle')}
      introId={introId}
      intro={t('secondFactor.screenIntro')}
      session={session}
      offlineNotice={t('secondFactor.offline')}
      onSubmit={submit}
      submit={{
        label: t('secondFactor.verify'),
        busyLabel: t('secondFactor.verifying'),
        busy: verify.pending,
        ready: isCompleteCode(code),
      }}
    >
      <CodeInput
        id={codeId}
        value={code}
        onChange={setCode}
        disabled={verify.pending}
        describedBy={introId}
        autoFocus
      />
      {verify.error && <ErrorMessage error={verify.error} />}
    </GateCard>
  );
}
