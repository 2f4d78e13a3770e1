import { isConnectionTestReason } from '../../../shared/connection-test.ts';
import type { IntegrationEvent } from '../../../shared/integration.ts';

/*
 * The activity as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or
 * line break quoted, quotes doubled), for a spreadsheet. Column names are stable codes, like the
 * `kind` and `outcome` values, so a sheet built on one export keeps working on the next and in
 * either language; the event's other facts go in `details` as JSON.
 *
 * Formula injection (OWASP "CSV Injection"): a cell that starts with = + - @, a tab or a carriage
 * return is run as a formula by Excel, LibreOffice and Sheets. Integration names and device names
 * are typed by people (a shared account, another device), so every text cell that starts so gets
 * a leading apostrophe, which makes the spreadsheet show it as text. Numbers are written as
 * numbers.
 */

export const ACTIVITY_CSV_COLUMNS = [
  /** ISO 8601 in UTC (the page shows local time). */
  'time_utc',
  'integration',
  'integration_id',
  'kind',
  'outcome',
  'latency_ms',
  'error_code',
  'device',
  'details',
] as const;

/** Excel reads a file without this mark as the system's code page, and mangles "Facturación". */
const UTF8_BOM = '\uFEFF';
/*
 * Also after a semicolon: Excel in Spanish (and most European locales) splits a .csv on ';', so
 * "Ventas;=1+1" would become a cell of its own that starts with '='.
 */
const FORMULA_AT_CELL_START = /(^|;)([=+\-@\t\r])/g;

export function toActivityCsv(events: readonly IntegrationEvent[]): string {
  const lines = [ACTIVITY_CSV_COLUMNS.join(','), ...events.map(eventLine)];
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

function eventLine(event: IntegrationEvent): string {
  const {
    outcome,
    latency_ms: latencyMs,
    error_code: errorCode,
    device,
    ...others
  } = event.details;
  // The English sentence kept for clients without a catalogue says no more than a code this
  // version knows; it stays on rows written before codes or with a newer code, where it is the
  // only readable explanation.
  const { error_message: errorMessage, ...rest } = others;
  if (errorMessage != null && !isConnectionTestReason(errorCode)) rest.error_message = errorMessage;
  return [
    textCell(event.createdAt),
    textCell(event.integrationName),
    textCell(event.integrationId),
    textCell(event.eventType),
    textCell(outcome),
    typeof latencyMs === 'number' ? String(latencyMs) : '',
    textCell(errorCode),
    textCell(device),
    Object.keys(rest).length > 0 ? textCell(JSON.stringify(rest)) : '',
  ].join(',');
}

function textCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const safe = text.replace(FORMULA_AT_CELL_START, "$1'$2");
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
