import { z } from 'zod';
import { timestampSchema } from './integration.ts';
import { TOO_LONG } from './field-issues.ts';

/*
 * Two-step verification with an authenticator app (TOTP, issue #13 §2). Main talks to Supabase
 * Auth; the page sees the enrolment secret once, on the enrolment screen, and otherwise only
 * factor names, dates and states.
 */

/** Six digits, as authenticator apps show them; spaces a user types are dropped. */
export const totpCodeSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, { message: 'code_format' }));

export const factorIdSchema = z.uuid();

/** Where the session stands: no factor, a factor the session still has to prove, or proven. */
export const SECOND_FACTOR_STATES = ['none', 'needed', 'verified'] as const;
export const secondFactorStateSchema = z.enum(SECOND_FACTOR_STATES);
export type SecondFactorState = z.infer<typeof secondFactorStateSchema>;

export const verifySecondFactorInputSchema = z.strictObject({ code: totpCodeSchema });

export const enrollSecondFactorInputSchema = z.strictObject({
  /** How the user tells this factor apart ("Móvil"); Auth keeps it. */
  friendlyName: z.string().trim().min(1, { message: 'factor_name_required' }).max(60, TOO_LONG),
});

/**
 * The one answer that carries a secret to the page: the key the user types or scans into the
 * authenticator app. It is shown once, never stored or logged by the app, and the page drops it
 * when the screen closes. The QR code crosses as its module rows ('1' dark, '0' light), drawn by
 * the page as SVG, so no markup from the server reaches the page.
 */
export const secondFactorEnrolmentSchema = z.strictObject({
  factorId: factorIdSchema,
  secret: z.string().regex(/^[A-Z2-7]{16,128}=*$/),
  qrRows: z
    .array(
      z
        .string()
        .regex(/^[01]+$/)
        .max(177),
    )
    .min(21)
    .max(177),
});
export type SecondFactorEnrolment = z.infer<typeof secondFactorEnrolmentSchema>;

export const confirmSecondFactorInputSchema = z.strictObject({
  factorId: factorIdSchema,
  code: totpCodeSchema,
});

/** Removing a verified factor asks for a current code from it (Auth wants aal2 to remove it). */
export const removeSecondFactorInputSchema = confirmSecondFactorInputSchema;

export const secondFactorSchema = z.strictObject({
  id: factorIdSchema,
  friendlyName: z.string().max(200),
  createdAt: timestampSchema,
});
export const secondFactorListSchema = z.array(secondFactorSchema).max(20);
export type SecondFactor = z.infer<typeof secondFactorSchema>;
