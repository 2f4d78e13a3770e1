/**
 * GoTrue's mails (supabase/auth internal/api/mail.go sendConfirmation, sendPasswordRecovery,
 * sendEmailChange, sendReauthenticationOtp; internal/mailer/template.go for the default subjects,
 * bodies and {{ .ConfirmationURL }}), delivered to the local mail outbox. Each mail stores
 * sha224(email + otp) in the user's token column, prefixed `pkce_` for the PKCE flow
 * (addFlowPrefixToToken), and stamps the matching `*_sent_at`. Called inside the caller's
 * transaction: a refusal (rate limit) rolls back whatever the request changed, as in GoTrue.
 */
import { createHash, randomInt } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { AuthSettings } from './auth-settings.ts';
import type { GoTrueContext } from './context.ts';
import { badRequest } from './errors.ts';
import type { FlowAuthenticationMethod, PkceParams } from './flow-state.ts';
import { createFlowState } from './flow-state.ts';
import type { MailKind } from './mail-outbox.ts';
import { checkSentWithinFrequency } from './rate-limits.ts';

export const PKCE_PREFIX = 'pkce_';
const OTP_LENGTH = 6;

/** The user columns each kind of mail writes: its token and when it was sent. */
const COLUMNS: Record<MailKind, { token: string; sentAt: string }> = {
  signup: { token: 'confirmation_token', sentAt: 'confirmation_sent_at' },
  recovery: { token: 'recovery_token', sentAt: 'recovery_sent_at' },
  magiclink: { token: 'recovery_token', sentAt: 'recovery_sent_at' },
  email_change: { token: 'email_change_token_new', sentAt: 'email_change_sent_at' },
  reauthentication: { token: 'reauthentication_token', sentAt: 'reauthentication_sent_at' },
};

const FLOW_METHOD: Partial<Record<MailKind, FlowAuthenticationMethod>> = {
  signup: 'email/signup',
  recovery: 'recovery',
  magiclink: 'magiclink',
  email_change: 'email_change',
};

const SUBJECTS: Record<MailKind, string> = {
  signup: 'Confirm Your Email',
  recovery: 'Reset Your Password',
  magiclink: 'Your Magic Link',
  email_change: 'Confirm Email Change',
  reauthentication: 'Confirm reauthentication',
};

function body(
  kind: MailKind,
  link: string,
  token: string,
  email: string,
  newEmail: string,
): string {
  switch (kind) {
    case 'signup':
      return `<h2>Confirm your email</h2>\n<p>Follow this link to confirm your email:</p>\n<p><a href="${link}">Confirm your email address</a></p>\n<p>Alternatively, enter the code: ${token}</p>\n`;
    case 'recovery':
      return `<h2>Reset password</h2>\n<p>Follow this link to reset the password for your user:</p>\n<p><a href="${link}">Reset password</a></p>\n<p>Alternatively, enter the code: ${token}</p>\n`;
    case 'magiclink':
      return `<h2>Magic Link</h2>\n<p>Follow this link to login:</p>\n<p><a href="${link}">Log In</a></p>\n<p>Alternatively, enter the code: ${token}</p>\n`;
    case 'email_change':
      return `<h2>Confirm email address change</h2>\n<p>Follow this link to confirm the update of your email address from ${email} to ${newEmail}:</p>\n<p><a href="${link}">Change email address</a></p>\n<p>Alternatively, enter the code: ${token}</p>\n`;
    case 'reauthentication':
      return `<h2>Confirm reauthentication</h2>\n<p>Enter the code: ${token}</p>\n`;
  }
}

/** crypto.GenerateTokenHash: hex sha224 of the address followed by the code. */
export function tokenHash(email: string, otp: string): string {
  return createHash('sha224')
    .update(email + otp)
    .digest('hex');
}

/** crypto.GenerateOtp: uniformly random digits. */
function generateOtp(): string {
  return String(randomInt(10 ** OTP_LENGTH)).padStart(OTP_LENGTH, '0');
}

/**
 * checkEmailAddressAuthorization: with an allow list, the address (its `+label` removed) must be
 * on it, compared case-insensitively; else 400 email_address_not_authorized.
 */
function checkEmailAddressAuthorization(settings: AuthSettings, email: string): void {
  const allowed = settings.authorizedEmailAddresses;
  if (allowed.length === 0) return;
  const normalized = email.replace(/[+][^@]+@/, '@').toLowerCase();
  if (!allowed.some((address) => address.toLowerCase() === normalized)) {
    throw badRequest(
      'email_address_not_authorized',
      `Email address ${JSON.stringify(email)} cannot be used as it is not authorized`,
    );
  }
}

export interface MailRequest {
  userId: string;
  /** The user's current address. */
  email: string;
  kind: MailKind;
  /** The redirect URL already checked against the allow list (GoTrue's referrer). */
  redirectTo: string;
  /** PKCE parameters of the request; null for the implicit flow. */
  pkce: PkceParams | null;
  /** For email_change: the new address, which receives the mail. */
  newEmail?: string;
}

export async function sendMail(
  context: GoTrueContext,
  client: PoolClient,
  mail: MailRequest,
): Promise<void> {
  const columns = COLUMNS[mail.kind];
  const previous = await client.query<{ sent_at: Date | null }>(
    `select ${columns.sentAt} as sent_at from auth.users where id = $1 for update`,
    [mail.userId],
  );
  checkSentWithinFrequency(context.settings, previous.rows[0]?.sent_at ?? null);
  const to = mail.newEmail ?? mail.email;
  checkEmailAddressAuthorization(context.settings, to);
  // GoTrue's sendEmail applies the hourly limit only with autoconfirm off (its own TODO says so).
  if (!context.settings.autoconfirm) context.limits.takeEmailSend(context.settings);

  const otp = generateOtp();
  const hash = tokenHash(to, otp);
  const method = FLOW_METHOD[mail.kind];
  const stored = mail.pkce && method ? `${PKCE_PREFIX}${hash}` : hash;
  const extra = mail.kind === 'email_change' ? `, email_change = $3` : '';
  await client.query(
    `update auth.users set ${columns.token} = $2, ${columns.sentAt} = now()${extra} where id = $1`,
    mail.kind === 'email_change' ? [mail.userId, stored, to] : [mail.userId, stored],
  );
  if (mail.pkce && method) await createFlowState(client, mail.userId, method, mail.pkce);

  const link =
    mail.kind === 'reauthentication'
      ? null
      : `${context.issuer}/verify?token=${encodeURIComponent(stored)}&type=${mail.kind}` +
        `&redirect_to=${encodeURIComponent(mail.redirectTo)}`;
  context.mail.deliver({
    to,
    kind: mail.kind,
    subject: SUBJECTS[mail.kind],
    text: body(mail.kind, link ?? '', otp, mail.email, mail.newEmail ?? ''),
    link,
    token: otp,
    sentAt: new Date(),
  });
}
