import { describe, expect, it } from 'vitest';
import {
  CONNECTION_ERROR_KINDS,
  CONNECTION_TEST_REASONS,
  IDENTITY_FIELDS,
} from '../../../../shared/connection-test.ts';
import { APP_ERROR_CODES, APP_ERROR_REASONS } from '../../../../shared/errors.ts';
import { CONNECTION_TEST_OUTCOMES } from '../../../../shared/activity.ts';
import { INTEGRATION_EVENT_TYPES } from '../../../../shared/integration.ts';
import { INTEGRATION_STATUSES } from '../../../../shared/providers.ts';
import { CONFIG_KEYS } from '../../activity/config-key-words.ts';
import { en } from './en.ts';
import { es } from './es.ts';

/*
 * Main sends codes; every code of every domain must have words in both languages, and the Spanish
 * ones must be Spanish. A missing key fails the build already (the catalogues are typed); this
 * catches a key copied over untranslated and English left in the Spanish catalogue.
 */

type Tree = { [key: string]: string | Tree };

function values(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : values(value, `${prefix}${key}.`),
  );
}

/** Words that are English and never Spanish (short, common, unambiguous). */
const ENGLISH_WORDS =
  /\b(the|and|with|your|you|this|that|is|are|was|were|not|could|would|should|please|try|again|enter|sign|key|keys|only|from|before|after|been|have)\b/i;
/** Proper nouns and codes that may appear in either language. */
const ALLOWED =
  /Row Level Security|Project Settings|API Keys|Connect|Direct connection|Session pooler|YOUR-PASSWORD|OpenAI|Google|AWS|Azure|Microsoft|Entra|Supabase|GNOME Keyring|KWallet|Secret Service|STS|ARN|JSON|URL|HTTP|ID|AADSTS\d*|sk-|org-|proj_|https?:\/\/\S+|\{\{\w+\}\}/g;

const domains: [string, readonly string[], Tree, Tree][] = [
  ['testResult.reason', CONNECTION_TEST_REASONS, en.testResult.reason, es.testResult.reason],
  ['testResult.kind', CONNECTION_ERROR_KINDS, en.testResult.kind, es.testResult.kind],
  [
    'testResult.identityLabel',
    IDENTITY_FIELDS,
    en.testResult.identityLabel,
    es.testResult.identityLabel,
  ],
  ['errorReason', APP_ERROR_REASONS, en.errorReason, es.errorReason],
  ['errors', APP_ERROR_CODES, en.errors, es.errors],
  ['status', INTEGRATION_STATUSES, en.status, es.status],
  // The audit trail (issue #14 §5): every kind of event, every test outcome, every setting of
  // every provider (so "Ajustes: baseUrl" is always "Ajustes: URL base").
  ['activity.type', INTEGRATION_EVENT_TYPES, en.activity.type, es.activity.type],
  ['activity.test', CONNECTION_TEST_OUTCOMES, en.activity.test, es.activity.test],
  ['activity.configKey', CONFIG_KEYS, en.activity.configKey, es.activity.configKey],
];

describe('every code main sends has words in both languages', () => {
  it.each(domains)('%s', (_domain, codes, english, spanish) => {
    for (const code of codes) {
      expect(english[code], `English for ${code}`).toEqual(expect.any(String));
      expect(spanish[code], `Spanish for ${code}`).toEqual(expect.any(String));
    }
  });

  it.each(domains.filter(([name]) => name !== 'testResult.identityLabel'))(
    '%s: the Spanish words are not the English ones',
    (_domain, codes, english, spanish) => {
      for (const code of codes) {
        if (english[code] === 'Error') continue; // the same word in both languages
        expect(spanish[code], code).not.toBe(english[code]);
      }
    },
  );
});

describe('the Spanish catalogue', () => {
  it('has no English words left in it', () => {
    const english = values(es as unknown as Tree).filter(([, text]) =>
      ENGLISH_WORDS.test(text.replace(ALLOWED, ' ')),
    );
    expect(english).toEqual([]);
  });
});
