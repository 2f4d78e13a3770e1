import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload } from '../bridge/app-error.ts';
import { BusyButton } from '../ui/busy-button.tsx';
import { ErrorMessage } from '../ui/error-message.tsx';
import { CodeInput } from './code-input.tsx';

interface CodeStepProps {
  hint: string;
  submitLabel: string;
  /** A destructive step (removing a factor) gets the danger button. */
  danger?: boolean;
  code: string;
  onCode: (code: string) => void;
  busy: boolean;
  error: AppErrorPayload | null;
  onCancel: () => void;
}

/** The end of a two-step form: what to type, the code field, the error, submit and cancel. */
export function CodeStep(props: CodeStepProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const codeId = useId();
  return (
    <>
      <p id={hintId}>{props.hint}</p>
      <CodeInput
        id={codeId}
        value={props.code}
        onChange={props.onCode}
        disabled={props.busy}
        describedBy={hintId}
      />
      {props.error && <ErrorMessage error={props.error} />}
      <div className="button-group">
        <BusyButton
          type="submit"
          className={`button ${props.danger ? 'button-danger' : 'button-primary'}`}
          busy={props.busy}
        >
          {props.submitLabel}
        </BusyButton>
        <button type="button" className="button button-ghost" onClick={props.onCancel}>
          {t('secondFactor.cancel')}
        </button>
      </div>
    </>
  );
}
