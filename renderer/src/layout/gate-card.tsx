import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../shared/session.ts';
import { useSignOut } from '../session/use-session.ts';
import { BusyButton } from '../ui/busy-button.tsx';
import { MutationButton } from '../ui/mutation-button.tsx';
import { PageCard } from '../ui/page-card.tsx';
import { CenteredScreen } from './centered-screen.tsx';

/**
 * A screen that stands before everything else until one thing is done (the second-factor code,
 * unlocking): its title (focused on arrival), what to do, whose account, a note while offline,
 * and the one form, which cannot be sent offline.
 */
export function GateCard({
  titleId,
  title,
  introId,
  intro,
  session,
  offlineNotice,
  onSubmit,
  submit,
  otherActions,
  testId,
  children,
}: {
  titleId: string;
  title: string;
  /** The intro's id, for the form's field to be described by it. */
  introId: string;
  intro: string;
  /** Whose account (its address shows), and whether the app is offline. */
  session: SessionState;
  /** Shown while offline (the form cannot be sent then). */
  offlineNotice: string;
  onSubmit: () => Promise<void>;
  /** The form's button: its words, its words while the call runs, whether its input is complete. */
  submit: { label: string; busyLabel: string; busy: boolean; ready: boolean };
  /** Buttons between the form's own and "Sign out", which every such screen ends with. */
  otherActions?: ReactNode;
  testId?: string;
  children: ReactNode;
}) {
  const email = session.user?.email;
  const offline = session.connectivity === 'offline';
  return (
    <CenteredScreen>
      <PageCard titleId={titleId} title={title} data-testid={testId}>
        <p id={introId}>{intro}</p>
        {email && <p className="muted small">{email}</p>}
        {offline && (
          <p className="notice notice-warning" role="status">
            {offlineNotice}
          </p>
        )}
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void onSubmit();
          }}
        >
          {children}
          <div className="button-group">
            <BusyButton
              type="submit"
              className="button button-primary"
              busy={submit.busy}
              busyLabel={submit.busyLabel}
              disabled={offline || !submit.ready}
            >
              {submit.label}
            </BusyButton>
            {otherActions}
            <SignOutButton />
          </div>
        </form>
      </PageCard>
    </CenteredScreen>
  );
}

/** The way out of a screen that asks for something: signing out. */
function SignOutButton() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <MutationButton className="button button-ghost" mutation={signOut}>
      {t('header.signOut')}
    </MutationButton>
  );
}
