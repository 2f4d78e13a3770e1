import { encode } from 'uqr';
import type { Factor } from '@supabase/supabase-js';
import { AppError } from '../../../shared/errors.ts';
import type { SecondFactor, SecondFactorEnrolment } from '../../../shared/second-factor.ts';
import {
  confirmSecondFactorInputSchema,
  enrollSecondFactorInputSchema,
  removeSecondFactorInputSchema,
  verifySecondFactorInputSchema,
} from '../../../shared/second-factor.ts';
import type { SessionState } from '../../../shared/session.ts';
import { parseInput } from '../input/parse-input.ts';
import type { Logger } from '../logging/logger.ts';
import type { MainSupabaseClient } from './supabase-client.ts';

/** What the service needs from the session: its client, its error mapping and its state. */
export interface SecondFactorSession {
  readonly client: MainSupabaseClient;
  authFailure(error: unknown): AppError;
  /** Already current when an Auth call returns: auth-js notifies the session's listener first. */
  getState(): SessionState;
}

/**
 * Two-step verification with an authenticator app, through Supabase Auth's MFA API (auth-js
 * `mfa.*`): proving the factor after a password sign-in or a restore, enrolling one, listing and
 * removing them. The enrolment secret goes to the page once, in the reply that shows it, and is
 * never logged; codes are never logged either. Auth keeps the factors; the database refuses the
 * keys to a password-only session of a user who has one (migration 20261205800000).
 */
export class SecondFactorService {
  readonly #session: SecondFactorSession;
  readonly #logger: Logger;

  constructor(session: SecondFactorSession, logger: Logger) {
    this.#session = session;
    this.#logger = logger.child('second-factor');
  }

  /** Steps a password-only session up with a code from any of the user's verified factors. */
  async verify(input: unknown): Promise<SessionState> {
    const { code } = await parseInput(verifySecondFactorInputSchema, input);
    const factors = await this.#verifiedFactors();
    if (factors.length === 0) throw new AppError('not_found', 'second_factor_not_found');
    let failure: unknown = null;
    // With two phones enrolled the code may come from either; one wrong try per factor.
    for (const factor of factors) {
      const { error } = await this.#session.client.auth.mfa.challengeAndVerify({
        factorId: factor.id,
        code,
      });
      if (!error) {
        this.#logger.info('Second factor verified');
        return this.#session.getState();
      }
      failure = error;
    }
    throw this.#session.authFailure(failure);
  }

  /**
   * Starts an enrolment: Auth creates an unverified factor and its secret; the page shows the QR
   * code and the secret once. Unfinished enrolments of this user are removed first (Auth refuses
   * a second factor with the same name, and an abandoned one would otherwise linger).
   */
  async enroll(input: unknown): Promise<SecondFactorEnrolment> {
    const { friendlyName } = await parseInput(enrollSecondFactorInputSchema, input);
    const auth = this.#session.client.auth;
    const listed = await auth.mfa.listFactors();
    if (listed.error) throw this.#session.authFailure(listed.error);
    for (const factor of listed.data.all) {
      if (factor.status === 'unverified') await auth.mfa.unenroll({ factorId: factor.id });
    }
    const { data, error } = await auth.mfa.enroll({
      factorType: 'totp',
      friendlyName,
      issuer: 'Aterges',
    });
    if (error) throw this.#session.authFailure(error);
    this.#logger.info('Second factor enrolment started');
    return {
      factorId: data.id,
      secret: data.totp.secret,
      qrRows: qrRows(data.totp.uri),
    };
  }

  /** Finishes an enrolment with the first code the app shows; the session is then aal2. */
  async confirm(input: unknown): Promise<SessionState> {
    const { factorId, code } = await parseInput(confirmSecondFactorInputSchema, input);
    const { error } = await this.#session.client.auth.mfa.challengeAndVerify({ factorId, code });
    if (error) throw this.#session.authFailure(error);
    this.#logger.info('Second factor enrolled');
    return this.#session.getState();
  }

  async list(): Promise<SecondFactor[]> {
    return (await this.#verifiedFactors()).map((factor) => ({
      id: factor.id,
      friendlyName: factor.friendly_name ?? '',
      createdAt: new Date(factor.created_at).toISOString(),
    }));
  }

  /**
   * Removes a verified factor after a current code from it (so a session left open on another
   * person's screen cannot turn the protection off), then refreshes the session: Auth lowers it
   * to aal1 once its factor is gone.
   */
  async remove(input: unknown): Promise<SessionState> {
    const { factorId, code } = await parseInput(removeSecondFactorInputSchema, input);
    const auth = this.#session.client.auth;
    const verified = await auth.mfa.challengeAndVerify({ factorId, code });
    if (verified.error) throw this.#session.authFailure(verified.error);
    const removed = await auth.mfa.unenroll({ factorId });
    if (removed.error) throw this.#session.authFailure(removed.error);
    const refreshed = await auth.refreshSession();
    if (refreshed.error)
      this.#logger.warn('Refresh after removing a factor failed', { error: refreshed.error });
    this.#logger.info('Second factor removed');
    return this.#session.getState();
  }

  async #verifiedFactors(): Promise<Factor[]> {
    const { data, error } = await this.#session.client.auth.mfa.listFactors();
    if (error) throw this.#session.authFailure(error);
    return data.totp.filter((factor) => factor.status === 'verified');
  }
}

/** The otpauth URI as QR module rows ('1' dark), for the page to draw. */
function qrRows(uri: string): string[] {
  return encode(uri, { ecc: 'M', border: 0 }).data.map((row) =>
    row.map((dark) => (dark ? '1' : '0')).join(''),
  );
}
