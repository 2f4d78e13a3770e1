import type { JSX } from 'react';
import type { ProviderType } from '../../../shared/providers.ts';
import type { FormPart } from './form-part.ts';

/**
 * A simple drawing that evokes the provider (colour and shape) without copying a trademark:
 * a mark on a rounded tile. Decorative: the provider's name is always written next to it.
 */
export interface ProviderGlyph {
  /** The tile's colour and its edge's. */
  readonly tile: string;
  readonly edge: string;
  /** The drawing on the tile, in a 32 × 32 box. */
  readonly mark: JSX.Element;
}

/** The line style the glyphs draw outlines with: no fill, rounded joins. */
export function outline(colour: string, width: number) {
  return { fill: 'none', stroke: colour, strokeWidth: width, strokeLinejoin: 'round' } as const;
}

/**
 * What the renderer knows about one provider, in one module (`modules/<id>.tsx`): its glyph, its
 * form fields, and the two parts of its form (the values a new form starts from and the schemas
 * that turn those strings into the shared schemas' input). The maps the forms use are derived from
 * the list in `registry.ts`. (The words for its test reasons are in the test-result locale files,
 * one catalogue for all.)
 */
export interface ProviderUi<T extends ProviderType = ProviderType> {
  readonly type: T;
  readonly glyph: ProviderGlyph;
  /** The secret fields; shared by the add form and the rotate dialog. */
  readonly CredentialFields: () => JSX.Element;
  /**
   * The settings inputs, each only when `shown(key)`: which setting the add form, the rotate
   * dialog and the settings form show comes from config-values.ts (BOUND_CONFIG_KEYS).
   */
  readonly ConfigFields: (props: { shown: (key: string) => boolean }) => JSX.Element | null;
  readonly credentials: FormPart;
  /** Every setting the forms know. */
  readonly config: FormPart;
}
