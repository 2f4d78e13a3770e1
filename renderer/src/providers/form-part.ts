import { z } from 'zod';
import type { ProviderType } from '../../../shared/providers.ts';
import {
  configSchemaByProvider,
  credentialsSchemaByProvider,
} from '../../../shared/providers/registry.ts';
import type { FieldValues } from '../forms/form-value-transforms.ts';
import { dropBlank, requireParsableUrls } from '../forms/form-value-transforms.ts';

/** One part of a provider's form (its credentials or its settings). */
export interface FormPart {
  /** Every field of the part, with the value a new form starts from. */
  readonly initial: FieldValues;
  /** Form strings to the shared schema's input. */
  readonly schema: z.ZodType<unknown, FieldValues>;
}

interface TextPartOptions {
  /** Fields whose blank value means "not set" (`true`: every field). */
  blankIsUnset?: true | readonly string[];
  /** Fields holding a URL: a non-URL is refused before the shared schema sees it. */
  urls?: readonly string[];
}

/**
 * A part made of plain text inputs: its fields are the keys of `initial`, so the values a form
 * starts from and the fields its schema reads cannot drift apart.
 */
function textPart(
  initial: FieldValues,
  shared: z.ZodType,
  { blankIsUnset, urls }: TextPartOptions = {},
): FormPart {
  let form: z.ZodType<FieldValues, FieldValues> = z.object(
    Object.fromEntries(Object.keys(initial).map((key) => [key, z.string()])),
  );
  if (blankIsUnset)
    form = form.transform(dropBlank(blankIsUnset === true ? undefined : blankIsUnset));
  if (urls) form = form.transform(requireParsableUrls(urls));
  // The shared schema checks what the strings became at run time; its input type (optional
  // fields, literal unions) is narrower than FieldValues only on paper.
  return { initial, schema: form.pipe(shared as z.ZodType<unknown, FieldValues>) };
}

/** A provider's credential part, checked by its shared credential schema. */
export function credentialsPart(
  type: ProviderType,
  initial: FieldValues,
  options?: TextPartOptions,
): FormPart {
  return textPart(initial, credentialsSchemaByProvider[type], options);
}

/** A provider's settings part, checked by its shared config schema. */
export function configPart(
  type: ProviderType,
  initial: FieldValues,
  options?: TextPartOptions,
): FormPart {
  return textPart(initial, configSchemaByProvider[type], options);
}
