import { describe, expect, it } from 'vitest';
import type { IntegrationEvent } from '../../../shared/integration.ts';
import { toActivityCsv } from './activity-csv.ts';

const event = (overrides: Partial<IntegrationEvent> = {}): IntegrationEvent => ({
  id: 1,
  integrationId: '6f1d3c2a-0b7e-4d8f-9a1b-2c3d4e5f6a7b',
  integrationName: 'Producción',
  eventType: 'connection_test',
  details: { outcome: 'failed', latency_ms: 312, error_code: 'key_rejected', device: 'portátil' },
  createdAt: '2026-12-05T16:20:01.123456+00:00',
  ...overrides,
});

const rows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

describe('the activity as CSV', () => {
  it('has a stable header, one CRLF line an event, numbers as numbers, a UTF-8 mark', () => {
    const csv = toActivityCsv([event()]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(rows(csv)).toEqual([
      'time_utc,integration,integration_id,kind,outcome,latency_ms,error_code,device,details',
      '2026-12-05T16:20:01.123456+00:00,Producción,6f1d3c2a-0b7e-4d8f-9a1b-2c3d4e5f6a7b,connection_test,failed,312,key_rejected,portátil,',
    ]);
  });

  it('quotes commas, quotes and line breaks, and keeps other facts as JSON', () => {
    const csv = toActivityCsv([
      event({
        integrationName: 'Ventas, "EU"\nnueva',
        eventType: 'status_changed',
        details: { old_status: 'connected', new_status: 'disabled' },
      }),
    ]);
    expect(csv).toContain('"Ventas, ""EU""\nnueva"');
    expect(csv).toContain('"{""old_status"":""connected"",""new_status"":""disabled""}"');
  });

  it.each([
    '=HYPERLINK("http://evil.example","x")',
    '+1+1',
    '-2+3',
    '@SUM(A1:A9)',
    '\tcmd',
    '\rcmd',
  ])('never starts a cell with a formula: %j', (name) => {
    const csv = toActivityCsv([event({ integrationName: name, details: { device: name } })]);
    const [, line] = parseCsv(csv);
    for (const cell of [line![1]!, line![7]!]) expect(cell).toBe(`'${name}`);
  });

  it('also guards a cell that a semicolon starts, as Excel in Spanish splits on ";"', () => {
    const csv = toActivityCsv([event({ integrationName: 'Ventas;=1+1;@x' })]);
    const [, line] = parseCsv(csv);
    expect(line![1]).toBe("Ventas;'=1+1;'@x");
  });

  it('leaves out the English error sentence where a known code says it, keeps it otherwise', () => {
    const coded = toActivityCsv([
      event({
        eventType: 'status_changed',
        details: {
          new_status: 'error',
          error_code: 'key_rejected',
          error_message: 'The connection test failed (key_rejected).',
        },
      }),
    ]);
    expect(coded).not.toContain('The connection test failed');
    expect(rows(coded)[1]).toContain(',key_rejected,,"{""new_status"":""error""}"');
    const older = toActivityCsv([
      event({
        eventType: 'status_changed',
        details: { new_status: 'error', error_message: 'The key was revoked.' },
      }),
    ]);
    expect(older).toContain('""error_message"":""The key was revoked.""');
    const newer = toActivityCsv([
      event({
        eventType: 'status_changed',
        details: {
          new_status: 'error',
          error_code: 'quota_from_the_future',
          error_message: 'A reason this version has no words for.',
        },
      }),
    ]);
    expect(newer).toContain('A reason this version has no words for.');
  });

  it('writes an empty list as the header alone', () => {
    expect(rows(toActivityCsv([]))).toHaveLength(1);
  });
});

/** RFC 4180 read back, as a spreadsheet does: quoted fields may hold commas, quotes, line breaks. */
function parseCsv(csv: string): string[][] {
  const text = csv.replace(/^\uFEFF/, '');
  const lines: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      lines.at(-1)!.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      lines.at(-1)!.push(cell);
      cell = '';
      lines.push([]);
      i += 1;
    } else cell += char;
  }
  return lines.filter((line) => line.length > 0);
}
