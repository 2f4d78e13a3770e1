import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecondFactor, SecondFactorEnrolment } from '../../../shared/second-factor.ts';
import type { SessionState } from '../../../shared/session.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { queryKeys } from '../bridge/query-keys.ts';
import { useApplySession } from '../session/use-session.ts';
import { AbsoluteTime } from '../ui/absolute-time.tsx';
import { BusyButton } from '../ui/busy-button.tsx';
import { ErrorMessage } from '../ui/error-message.tsx';
import { LabelledInput } from '../ui/labelled-input.tsx';
import { SettingsCard } from '../ui/settings-card.tsx';
import { usePendingCall } from '../ui/use-pending-call.ts';
import { CodeStep } from './code-step.tsx';
import { QrCode } from './qr-code.tsx';
import './second-factor.css';

type Step =
  | { kind: 'idle' }
  | { kind: 'naming' }
  /** The setup key lives only in this component's state, and goes when the step ends. */
  | { kind: 'scanning'; enrolment: SecondFactorEnrolment }
  | { kind: 'removing'; factor: SecondFactor };

/** Settings → "Verificación en dos pasos": turn it on (QR code + first code), list, remove. */
export function SecondFactorSettings() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const applySession = useApplySession();
  const factors = useQuery({
    queryKey: queryKeys.secondFactors,
    queryFn: () => bridge.session.secondFactors(),
  });
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [name, setName] = useState(() => t('secondFactor.defaultName'));
  const [code, setCode] = useState('');
  const call = usePendingCall<void>();
  const { pending: busy, error } = call;
  const [done, setDone] = useState<'enabled' | 'removed' | null>(null);
  const nameId = useId();

  const run = async (work: () => Promise<void>) => {
    if (await call.run(work)) setCode('');
  };
  const finish = (result: 'enabled' | 'removed') => {
    setStep({ kind: 'idle' });
    setCode('');
    setDone(result);
    void queryClient.invalidateQueries({ queryKey: queryKeys.secondFactors });
  };
  const cancel = () => {
    setStep({ kind: 'idle' });
    setCode('');
    call.clearError();
  };
  /** A form's submit: one call to main at a time, its error shown, the code cleared after it. */
  const submitting = (work: () => Promise<void>) => (event: React.FormEvent) => {
    event.preventDefault();
    void run(work);
  };
  /** A code step's submit: main checks the typed code and answers with the session; then done. */
  const checkingCode = (check: () => Promise<SessionState>, result: 'enabled' | 'removed') =>
    submitting(async () => {
      applySession(await check());
      finish(result);
    });
  /** What each code step shares: the typed code, the call in flight, its error, the way back. */
  const codeState = { code, onCode: setCode, busy, error, onCancel: cancel };

  const list = factors.data ?? [];
  return (
    <SettingsCard
      title={
        <>
          {t('secondFactor.settingsTitle')}{' '}
          <span className="muted small">
            ({list.length > 0 ? t('secondFactor.statusOn') : t('secondFactor.statusOff')})
          </span>
        </>
      }
      testId="second-factor-settings"
    >
      <p className="muted small">{t('secondFactor.settingsIntro')}</p>
      {done && (
        <p className="notice notice-info" role="status">
          {done === 'enabled' ? t('secondFactor.enabled') : t('secondFactor.removed')}
        </p>
      )}
      {list.length > 0 && (
        <ul className="stack">
          {list.map((factor) => (
            <li key={factor.id} className="inline-field">
              <strong>{factor.friendlyName}</strong>{' '}
              <span className="muted small">
                {t('secondFactor.factorAdded')} <AbsoluteTime iso={factor.createdAt} />
              </span>{' '}
              <button
                type="button"
                className="button button-ghost"
                disabled={busy || step.kind !== 'idle'}
                onClick={() => {
                  setDone(null);
                  setStep({ kind: 'removing', factor });
                }}
              >
                {t('secondFactor.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}

      {step.kind === 'idle' && list.length === 0 && (
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            setDone(null);
            setStep({ kind: 'naming' });
          }}
        >
          {t('secondFactor.turnOn')}
        </button>
      )}

      {step.kind === 'naming' && (
        <form
          className="stack"
          onSubmit={submitting(async () => {
            const enrolment = await bridge.session.secondFactorEnroll({ friendlyName: name });
            setStep({ kind: 'scanning', enrolment });
          })}
        >
          <LabelledInput
            id={nameId}
            label={t('secondFactor.nameLabel')}
            value={name}
            maxLength={60}
            onChange={(e) => setName(e.target.value)}
          />
          {error && <ErrorMessage error={error} />}
          <div className="button-group">
            <BusyButton type="submit" className="button button-primary" busy={busy}>
              {t('secondFactor.start')}
            </BusyButton>
            <button type="button" className="button button-ghost" onClick={cancel}>
              {t('secondFactor.cancel')}
            </button>
          </div>
        </form>
      )}

      {step.kind === 'scanning' && (
        <form
          className="second-factor-enrolment"
          onSubmit={checkingCode(
            () => bridge.session.secondFactorConfirm({ factorId: step.enrolment.factorId, code }),
            'enabled',
          )}
        >
          <h3>{t('secondFactor.scanTitle')}</h3>
          <QrCode rows={step.enrolment.qrRows} label={t('secondFactor.qrLabel')} />
          <p className="muted small">{t('secondFactor.scanHint')}</p>
          <p>
            {t('secondFactor.setupKey')}:{' '}
            <code className="setup-key" data-testid="setup-key">
              {step.enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
            </code>
          </p>
          <CodeStep
            hint={t('secondFactor.confirmHint')}
            submitLabel={t('secondFactor.confirm')}
            {...codeState}
          />
        </form>
      )}

      {step.kind === 'removing' && (
        <form
          className="stack"
          onSubmit={checkingCode(
            () => bridge.session.secondFactorRemove({ factorId: step.factor.id, code }),
            'removed',
          )}
        >
          <h3>{t('secondFactor.removeTitle', { name: step.factor.friendlyName })}</h3>
          <CodeStep
            hint={t('secondFactor.removeHint')}
            submitLabel={t('secondFactor.removeConfirm')}
            danger
            {...codeState}
          />
        </form>
      )}
      {step.kind === 'idle' && error && <ErrorMessage error={error} />}
    </SettingsCard>
  );
}
