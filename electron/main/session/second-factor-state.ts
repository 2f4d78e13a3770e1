import type { SecondFactorState } from '../../../shared/second-factor.ts';

/**
 * Where the stored session stands with a second factor, from storage alone (no network, so it
 * also holds on an offline start): the access token's `aal` claim and the user's factors, which
 * Auth returns with every session. The same rule as auth-js getAuthenticatorAssuranceLevel
 * (nextLevel aal2 when a verified factor exists) and as the database's own check (migration
 * 20261205800000), which is what actually guards the keys; this only decides what the app asks.
 * The token is read, not verified: the server verifies it on every call.
 */
export function secondFactorStateOf(accessToken: string, factors: unknown): SecondFactorState {
  const hasVerifiedFactor =
    Array.isArray(factors) &&
    factors.some(
      (factor: unknown) =>
        typeof factor === 'object' &&
        factor !== null &&
        (factor as { status?: unknown }).status === 'verified',
    );
  if (accessTokenLevel(accessToken) === 'aal2') return 'verified';
  return hasVerifiedFactor ? 'needed' : 'none';
}

function accessTokenLevel(token: string): string | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const aal = (claims as { aal?: unknown } | null)?.aal;
    return typeof aal === 'string' ? aal : null;
  } catch {
    return null;
  }
}
