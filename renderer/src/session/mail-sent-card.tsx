import type { ReactNode } from 'react';
import { useState } from 'react';
import type { SessionState } from '../../../shared/session.ts';
import type { AppErrorPayload } from '../bridge/app-error.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { BusyButton } from '../ui/busy-button.tsx';
import { ErrorMessage } from '../ui/error-message.tsx';
import { PageCard } from '../ui/page-card.tsx';
import { useSessionCall } from './use-session-call.ts';

interface MailSentCardProps {
  /** For the heading's id (`<id>-title`). */
  id: string;
  title: string;
  children: ReactNode;
  /** Sends the mail again; its button says `sendingLabel` meanwhile. */
  sendAgain: () => Promise<SessionState>;
  sendAgainLabel: string;
  sendingLabel: string;
  /** Shown once a mail sent again went out. */
  sentAgainNotice?: string;
  /** Ends the flow in main, then calls `onLeft`. */
  leaveLabel: string;
  leaveStyle: 'button button-primary' | 'link-button';
  onLeft: () => void;
  /** Offline: nothing can be sent. */
  disabled: boolean;
}

/**
 * "We sent you a mail" (sign-up confirmation, password reset): what was sent and where, a way to
 * send it again, and a way out of the flow. Errors of either action show here, in words.
 */
export function MailSentCard(props: MailSentCardProps) {
  const bridge = useBridge();
  const again = useSessionCall();
  const leave = useSessionCall();
  const [sentAgain, setSentAgain] = useState(false);
  const errors = [again.error, leave.error].filter((e): e is AppErrorPayload => e !== null);

  return (
    <PageCard titleId={`${props.id}-title`} title={props.title} className="card stack">
      {props.children}
      {sentAgain && props.sentAgainNotice && !again.error && (
        <p className="notice notice-success" role="status">
          {props.sentAgainNotice}
        </p>
      )}
      {errors.map((error, index) => (
        <ErrorMessage key={index} error={error} />
      ))}
      <div className="button-row">
        <BusyButton
          className="button"
          busy={again.pending}
          busyLabel={props.sendingLabel}
          disabled={props.disabled}
          onClick={() => {
            setSentAgain(false);
            void again.run(props.sendAgain).then((failure) => setSentAgain(failure === null));
          }}
        >
          {props.sendAgainLabel}
        </BusyButton>
        <BusyButton
          className={props.leaveStyle}
          busy={leave.pending}
          onClick={() =>
            void leave
              .run(() => bridge.session.leaveFlow())
              .then((failure) => {
                if (!failure) props.onLeft();
              })
          }
        >
          {props.leaveLabel}
        </BusyButton>
      </div>
    </PageCard>
  );
}
