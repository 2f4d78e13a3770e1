/**
 * The local mail catcher: every mail the Auth stand-in "sends" lands here instead of an SMTP
 * server, as `supabase start` delivers to its Inbucket/Mailpit. Tests read the link and the code
 * from it; nothing is ever sent anywhere.
 */

/** GoTrue's email action types that this stand-in mails. */
export type MailKind = 'signup' | 'recovery' | 'email_change' | 'reauthentication' | 'magiclink';

export interface SentMail {
  to: string;
  kind: MailKind;
  subject: string;
  text: string;
  /**
   * GoTrue's {{ .ConfirmationURL }}:
   * `<api url>/auth/v1/verify?token=<token hash>&type=<kind>&redirect_to=<url>`; null for mails
   * that carry only a code (reauthentication).
   */
  link: string | null;
  /** The one-time code, GoTrue's {{ .Token }} (6 digits). */
  token: string;
  sentAt: Date;
}

export interface MailOutbox {
  /** Every mail since the start (or the last `clear()`), oldest first. */
  all(): SentMail[];
  /** The newest mail to this address (compared case-insensitively), if any. */
  latestTo(email: string): SentMail | undefined;
  clear(): void;
}

/** The outbox plus the one method the mailer delivers through. */
export interface MailCatcher extends MailOutbox {
  deliver(mail: SentMail): void;
}

/** `onDeliver` sees each mail as it arrives (the dev server prints the links). */
export function createMailOutbox(onDeliver?: (mail: SentMail) => void): MailCatcher {
  let mails: SentMail[] = [];
  return {
    all: () => [...mails],
    latestTo(email) {
      const wanted = email.toLowerCase();
      return mails.findLast((mail) => mail.to.toLowerCase() === wanted);
    },
    clear() {
      mails = [];
    },
    deliver(mail) {
      mails.push(mail);
      onDeliver?.(mail);
    },
  };
}
