import { describe, expect, it } from 'vitest';
import { fieldIssueMessage, fieldIssueOf, fieldIssueReasonOf } from './field-issues.ts';
import { integrationNameSchema, updateIntegrationInputSchema } from './integration.ts';
import { CONFIG_DEPTH_LIMIT, nestedDeeperThan } from './json-depth.ts';

const ID = '3f0c6a8e-2b7d-4c1a-9e5f-0a1b2c3d4e5f';

/** `{"a":{"a":…}}` with `depth` objects. */
function nestedObjects(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 1; i < depth; i++) value = { a: value };
  return value;
}

describe('integration names', () => {
  it.each([
    ['a right-to-left override', 'invoice\u202Egpj.exe'],
    ['a left-to-right embedding', 'a\u202Ab'],
    ['a first-strong isolate', 'a\u2068b\u2069'],
    ['a zero-width space', 'Prod\u200Buction'],
    ['a zero-width joiner', 'a\u200Db'],
    ['a left-to-right mark', 'a\u200Eb'],
    ['a word joiner', 'a\u2060b'],
    ['an invisible plus', 'a\u2064b'],
    ['a byte-order mark inside', 'a\uFEFFb'],
    ['an Arabic letter mark', 'a\u061Cb'],
    ['a soft hyphen (also Cf)', 'a\u00ADb'],
    ['a tag character (Cf, outside the BMP)', 'a\u{E0041}b'],
    ['a line separator', 'a\u2028b'],
    ['a control character', 'a\u0007b'],
  ])('refuses %s, with the code for the renderer', (_name, name) => {
    const result = integrationNameSchema.safeParse(name);
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(fieldIssueReasonOf(issue?.message ?? '')).toBe('invisible_characters');
    expect(issue?.message).not.toContain(name);
  });

  it.each(['Producción — ñandú', 'مفتاح الإنتاج', 'מפתח', '本番キー', 'Prod 🚀', '  trimmed  '])(
    'accepts the visible name %j',
    (name) => {
      expect(integrationNameSchema.parse(name)).toBe(name.trim());
    },
  );
});

describe('config nesting', () => {
  it('measures depth through objects and arrays', () => {
    expect(nestedDeeperThan('x', 0)).toBe(false);
    expect(nestedDeeperThan({}, 0)).toBe(true);
    expect(nestedDeeperThan({ a: [{}] }, 3)).toBe(false);
    expect(nestedDeeperThan({ a: [{ b: [] }] }, 3)).toBe(true);
  });

  it('stops on a value that refers to itself (structured clone keeps cycles)', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(nestedDeeperThan(cyclic, CONFIG_DEPTH_LIMIT)).toBe(true);
  });

  it('lets an update carry config 8 levels deep, not 9', () => {
    expect(CONFIG_DEPTH_LIMIT).toBe(8);
    const ok = updateIntegrationInputSchema.safeParse({ id: ID, config: nestedObjects(8) });
    expect(ok.success).toBe(true);
    const deep = updateIntegrationInputSchema.safeParse({ id: ID, config: nestedObjects(9) });
    expect(deep.error?.issues[0]).toMatchObject({
      path: ['config'],
      message: fieldIssueMessage('config_too_deep'),
    });
    const arrays = { a: [[[[[[[[1]]]]]]]] };
    expect(updateIntegrationInputSchema.safeParse({ id: ID, config: arrays }).success).toBe(false);
  });
});

describe('field issue codes', () => {
  it('reads back only the known reasons', () => {
    expect(fieldIssueReasonOf(fieldIssueMessage('url_not_normalized'))).toBe('url_not_normalized');
    expect(fieldIssueReasonOf('fieldIssue.nope')).toBeNull();
    expect(fieldIssueOf(fieldIssueMessage('too_long', 320))).toEqual({
      reason: 'too_long',
      value: '320',
    });
    // Only numbers and field names travel as a value: anything else is not a code at all.
    expect(fieldIssueOf('fieldIssue.too_long:<img src=x>')).toBeNull();
    expect(fieldIssueOf('fieldIssue.too_long:1:2')).toBeNull();
    expect(fieldIssueMessage('key_file_field_invalid', 'a b')).toBe(
      'fieldIssue.key_file_field_invalid',
    );
    expect(fieldIssueReasonOf('Give the integration a name.')).toBeNull();
  });
});
