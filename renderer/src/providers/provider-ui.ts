import type { JSX } from 'react';
import type { z } from 'zod';
import type { ProviderType } from '../../../shared/providers.ts';
import type { FieldValues } from '../forms/form-value-transforms.ts';

/**
 * What the renderer knows about one provider, in one module (`modules/<id>.tsx`): its icon, its
 * form fields, the values a new form starts from and the form schemas that turn those strings into
 * the shared schemas' input. The maps the forms use are derived from the list in `registry.ts`.
 * (The words for its test reasons are in the test-result locale files, one catalogue for all.)
 */
export interface ProviderUi<T extends ProviderType = ProviderType> {
  readonly type: T;
  /** A simple drawing that evokes the provider without copying a trademark (decorative). */
  readonly Icon: () => JSX.Element;
  /** The secret fields; shared by the add form and the rotate dialog. */
  readonly CredentialFields: () => JSX.Element;
  /**
   * The settings inputs, each only when `shown(key)`: which setting the add form, the rotate
   * dialog and the settings form show comes from config-values.ts (BOUND_CONFIG_KEYS).
   */
  readonly ConfigFields: (props: { shown: (key: string) => boolean }) => JSX.Element | null;
  readonly emptyCredentials: FieldValues;
  /** Every setting the forms know, with the value a new integration starts from. */
  readonly defaultConfig: FieldValues;
  /** Form strings to the shared credential schema's input. */
  readonly credentialForm: z.ZodType<unknown, FieldValues>;
  /** Form strings to the shared config schema's input. */
  readonly configForm: z.ZodType<unknown, FieldValues>;
}
