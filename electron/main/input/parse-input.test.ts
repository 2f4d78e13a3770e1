import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TOO_LONG } from '../../../shared/field-issues.ts';
import { parseInput } from './parse-input.ts';

describe('parseInput', () => {
  it('passes a field-issue code with its value on, naming the field', async () => {
    const schema = z.object({ name: z.string().max(5, TOO_LONG) });
    await expect(parseInput(schema, { name: 'far too long' })).rejects.toMatchObject({
      code: 'invalid_input',
      reason: 'fieldIssue.too_long:5',
      field: 'name',
    });
  });

  it('turns a sentence, which may quote the input, into the generic key', async () => {
    const schema = z.strictObject({ name: z.string() });
    await expect(parseInput(schema, { name: 'x', 'sk-canary-parse': 1 })).rejects.toMatchObject({
      reason: 'value_invalid',
    });
    const custom = z.string().refine(() => false, { message: 'fieldIssue.too_long:<b>' });
    await expect(parseInput(custom, 'x')).rejects.toMatchObject({ reason: 'value_invalid' });
  });
});
