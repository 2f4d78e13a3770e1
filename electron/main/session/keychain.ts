/*
 * The OS keychain (macOS Keychain, Windows Credential Manager, Secret Service on Linux) through
 * keytar. Only a 256-bit key is kept there: Windows caps a credential blob at 2,560 bytes, less
 * than a Supabase session (https://learn.microsoft.com/windows/win32/api/wincred/ns-wincred-credentiala,
 * CRED_MAX_CREDENTIAL_BLOB_SIZE), so the session itself is sealed with that key in a file.
 */

/** The service name every entry of this app uses in the keychain. */
export const KEYCHAIN_SERVICE = 'Aterges Desktop';
/** The entry holding the key that seals the session and cache files. */
export const SESSION_KEY_ACCOUNT = 'session-key';

/** The part of keytar main uses; tests can pass the real module or one pointed elsewhere. */
export interface Keychain {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

/**
 * Loads keytar. A missing native module (or libsecret) is not fatal: the returned keychain throws
 * on every call, which callers treat exactly like "no Secret Service".
 */
export async function loadKeytar(): Promise<Keychain> {
  try {
    const module = (await import('keytar')) as { default?: Keychain } & Keychain;
    const keytar = module.default ?? module;
    return {
      getPassword: (service, account) => keytar.getPassword(service, account),
      setPassword: (service, account, password) => keytar.setPassword(service, account, password),
      deletePassword: (service, account) => keytar.deletePassword(service, account),
    };
  } catch (error) {
    const reason = `The keychain module could not be loaded (${error instanceof Error ? error.message : 'unknown error'}).`;
    const fail = (): Promise<never> => Promise.reject(new Error(reason));
    return { getPassword: fail, setPassword: fail, deletePassword: fail };
  }
}
