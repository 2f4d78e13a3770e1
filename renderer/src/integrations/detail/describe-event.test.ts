import { describe, expect, it } from 'vitest';
import type { IntegrationEvent } from '../../../../shared/integration.ts';
import { createI18n } from '../../preferences/i18n.ts';
import { CONFIG_KEYS, configKeyWord } from '../../activity/config-key-words.ts';
import { eventHeadline, headlineParts } from '../../activity/describe-connection-test.ts';
import { describeEvent } from './describe-event.ts';

const event = (
  eventType: IntegrationEvent['eventType'],
  details: IntegrationEvent['details'],
): IntegrationEvent => ({
  id: 1,
  integrationId: '5b0e6a52-4a6b-4c1e-9a43-2d6f3c1b7e10',
  integrationName: 'Prod',
  eventType,
  details,
  createdAt: '2025-06-01T12:00:00Z',
});

const en = createI18n('en').t;
const es = createI18n('es').t;

/** An event as the database functions write it, and its lines in each language checked. */
interface Described {
  it: string;
  eventType: IntegrationEvent['eventType'];
  details: IntegrationEvent['details'];
  /** At least one language. */
  lines: { en: string[]; es?: string[] } | { en?: string[]; es: string[] };
}

// Shapes as the database functions write them (supabase/migrations/*_integration_functions.sql).
describe('describeEvent', () => {
  it.each<Described>([
    {
      it: 'describes a creation: provider, first status, version and settings given',
      eventType: 'created',
      details: {
        type: 'aws',
        status: 'unverified',
        credentials_version: 1,
        config_keys: ['region'],
      },
      lines: {
        en: ['Provider: AWS', 'Now Unverified', 'Settings: region', 'Credentials version 1'],
      },
    },
    {
      it: 'names status changes with the status labels, and the error met in words',
      eventType: 'status_changed',
      details: {
        old_status: 'connected',
        new_status: 'error',
        error_message: 'The connection test failed (key_rejected).',
        error_code: 'key_rejected',
      },
      lines: {
        en: [
          'From Connected to Error',
          'The provider rejected the key. It may have been deleted, or it was copied incompletely.',
        ],
        es: [
          'De Conectado a Error',
          'El proveedor rechazó la clave. Puede que se haya eliminado o que se copiara incompleta.',
        ],
      },
    },
    {
      it: 'says "its region" for a reason that names a region the entry does not carry',
      eventType: 'status_changed',
      details: { old_status: 'connected', new_status: 'error', error_code: 'region_disabled' },
      lines: {
        en: [
          'From Connected to Error',
          'STS is not activated in its region for this account. Activate the region or choose another one.',
        ],
        es: [
          'De Conectado a Error',
          'STS no está activado en su región para esta cuenta. Activa la región o elige otra.',
        ],
      },
    },
    {
      it: 'tells a key moved from the old table, and under which name and type it was there',
      eventType: 'created',
      details: {
        type: 'google_cloud',
        source: 'legacy_plaintext',
        credentials_version: 1,
        status: 'unverified',
        renamed_from: 'prod',
        type_from: 'gcp',
      },
      lines: {
        es: [
          'Proveedor: Google Cloud',
          'Ahora Sin verificar',
          'Versión de las credenciales 1',
          'Trasladada desde el almacenamiento antiguo sin cifrar',
          'Allí se llamaba «prod» (el nombre estaba repetido o no era válido)',
          'Allí figuraba como «gcp»',
        ],
      },
    },
    {
      it: 'never shows an English status message from before codes',
      eventType: 'status_changed',
      details: {
        old_status: 'connected',
        new_status: 'error',
        error_message: 'The key was revoked.',
      },
      lines: { es: ['De Conectado a Error', 'La última prueba falló.'] },
    },
    {
      it: 'describes renames and changed fields in the current language',
      eventType: 'updated',
      details: { changed: ['name', 'config'], old_name: 'A', new_name: 'B' },
      lines: {
        en: ['Renamed from “A” to “B”', 'Changed: name, settings'],
        es: ['Renombrada de «A» a «B»', 'Cambiado: nombre, ajustes'],
      },
    },
    {
      it: 'describes a rotation',
      eventType: 'credentials_updated',
      details: { credentials_version: 3, old_status: 'error', new_status: 'unverified' },
      lines: { en: ['From Error to Unverified', 'Credentials version 3'] },
    },
    {
      it: 'describes a credential read',
      eventType: 'credentials_read',
      details: { credentials_version: 2 },
      lines: { es: ['Versión de las credenciales 2'] },
    },
    {
      it: "says when the credentials were read for a connection test, not a key named 'purpose'",
      eventType: 'credentials_read',
      details: { credentials_version: 1, purpose: 'test' },
      lines: {
        en: [
          'Read “for a connection test”, but no test result was recorded',
          'Credentials version 1',
        ],
        es: [
          'Leídas «para una prueba de conexión», pero no se registró ningún resultado',
          'Versión de las credenciales 1',
        ],
      },
    },
    {
      it: 'says when a cancelled test put the previous status back',
      eventType: 'status_changed',
      details: { old_status: 'verifying', new_status: 'connected', reason: 'test_cancelled' },
      lines: {
        en: ['From Verifying to Connected', 'Put back after a cancelled test (not verified)'],
        es: ['De Verificando a Conectado', 'Restaurado tras cancelar una prueba (sin verificar)'],
      },
    },
    {
      it: 'shows details it does not know as key: value',
      eventType: 'deleted',
      details: { source: 'migration', tags: ['a', 'b'] },
      lines: { en: ['source: migration', 'tags: a, b'] },
    },
  ])('$it', ({ eventType, details, lines }) => {
    const described = event(eventType, details);
    for (const [language, expected] of Object.entries(lines)) {
      expect(describeEvent(described, language === 'es' ? es : en), language).toEqual(expected);
    }
  });
});

describe('a connection test is one line (issue #14 §5)', () => {
  const test = (details: IntegrationEvent['details']) => event('connection_test', details);

  it('says the outcome, the time taken or the reason, in both languages', () => {
    const passed = test({ outcome: 'passed', latency_ms: 312, device: 'Ana’s laptop' });
    expect(eventHeadline(passed, en, 'en')).toBe('Connection test: passed, 312 ms');
    expect(eventHeadline(passed, es, 'es')).toBe('Prueba de conexión: correcta, 312 ms');
    const failed = test({ outcome: 'failed', latency_ms: 240, error_code: 'key_rejected' });
    expect(eventHeadline(failed, es, 'es')).toBe(
      'Prueba de conexión: fallida — El proveedor rechazó la clave. Puede que se haya eliminado o que se copiara incompleta.',
    );
    expect(eventHeadline(failed, en, 'en')).toMatch(
      /^Connection test: failed — The provider rejected/,
    );
    // On the page the reason is set apart from the bold lead; the words are the same.
    expect(headlineParts(failed, es, 'es')).toEqual({
      lead: 'Prueba de conexión: fallida',
      rest: 'El proveedor rechazó la clave. Puede que se haya eliminado o que se copiara incompleta.',
    });
    expect(headlineParts(passed, en, 'en')).toEqual({
      lead: 'Connection test: passed, 312 ms',
      rest: null,
    });
    expect(eventHeadline(test({ outcome: 'cancelled' }), es, 'es')).toBe(
      'Prueba de conexión: cancelada',
    );
    expect(eventHeadline(test({ outcome: 'cancelled' }), en, 'en')).toBe(
      'Connection test: cancelled',
    );
  });

  it('adds which device ran it, and nothing else it already said', () => {
    const passed = test({ outcome: 'passed', latency_ms: 312, device: 'Workstation' });
    expect(describeEvent(passed, es)).toEqual(['Equipo: Workstation']);
    expect(describeEvent(passed, en)).toEqual(['Computer: Workstation']);
    expect(describeEvent(test({ outcome: 'passed', latency_ms: 312 }), en)).toEqual([]);
  });

  it('reads an unknown outcome or reason as words, never as a code', () => {
    expect(eventHeadline(test({ outcome: 'exploded' }), es, 'es')).toBe('Prueba de conexión');
    const failed = test({ outcome: 'failed', error_code: 'brand_new_code' });
    expect(eventHeadline(failed, en, 'en')).not.toContain('brand_new_code');
  });
});

describe('settings keys are words (issue #14 §5)', () => {
  it('names every provider setting as its form does', () => {
    const changed = event('updated', {
      changed: ['config'],
      config_keys: ['baseUrl', 'organization', 'region', 'apiVersion', 'someFutureKey'],
    });
    expect(describeEvent(changed, es)).toContain(
      'Ajustes: URL base, ID de organización, región, versión de la API, someFutureKey',
    );
    expect(describeEvent(changed, en)).toContain(
      'Settings: base URL, organization ID, region, API version, someFutureKey',
    );
  });

  it('has words for every setting of every provider', () => {
    for (const key of CONFIG_KEYS) {
      // i18next answers a missing word with its key path.
      expect(configKeyWord(es, key), key).not.toBe(key);
      expect(configKeyWord(es, key), key).not.toContain('activity.');
      expect(configKeyWord(en, key), key).not.toContain('activity.');
    }
  });
});
