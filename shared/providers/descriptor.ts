import type { z } from 'zod';

/**
 * Everything the app knows about one provider that both processes share, in one place
 * (`shared/providers/<id>.ts`). The lists and maps the rest of the app uses (`PROVIDER_TYPES`,
 * the credential and config schemas by type, the bound settings, the secret fields, the links)
 * are derived from the descriptors in `registry.ts`, so a new provider is one new file there and
 * one line in the list. The SQL side keeps the same facts in `private.provider_catalog`
 * (compared with these by test/db/provider-catalog.test.ts).
 */
export interface ProviderDescriptor<
  Id extends string = string,
  Credentials extends z.ZodType = z.ZodType,
  Config extends z.ZodObject = z.ZodObject,
> {
  /** The value of `integrations.type`. */
  readonly id: Id;
  /** The product name: a proper noun, the same in every language. */
  readonly name: string;
  /** The secret part, as entered and as main checks it before the vault (parse with parseAsync). */
  readonly credentials: Credentials;
  /** Non-secret settings, stored in `integrations.config`. */
  readonly config: Config;
  /**
   * The settings sent to the provider together with the key (its host, headers it may quote
   * back): bound to the key, changed only by a rotation that tests the new pair (issue #9).
   */
  readonly boundConfigKeys: readonly (keyof z.output<Config> & string)[];
  /**
   * How Vault keeps the credential: `bare_key` for a credential that is `{ apiKey }` (the key text
   * alone, as the legacy table had it; a JSON-wrapped key from older clients is read too), or JSON.
   */
  readonly storedAs: 'bare_key' | 'json';
  /** The credential fields that are secret, under current and legacy names. */
  readonly secretFields: readonly string[];
  /** Field names older rows used, mapped to the current ones. */
  readonly legacyFieldNames: Readonly<Record<string, string>>;
  /** What older clients wrote in the legacy `type` column for this provider (normalized). */
  readonly legacyTypeNames: readonly string[];
  /** The non-secret hint shown for a credential (the database derives the same). */
  hint(credentials: z.output<Credentials>): string | null;
  /** Where users find this key: the only pages of this provider the app opens (prefixes). */
  readonly docsLinks: readonly `https://${string}/`[];
}

/** Checks a descriptor against the interface while keeping its literal types. */
export function defineProvider<
  Id extends string,
  Credentials extends z.ZodType,
  Config extends z.ZodObject,
>(
  descriptor: ProviderDescriptor<Id, Credentials, Config>,
): ProviderDescriptor<Id, Credentials, Config> {
  return descriptor;
}
