/**
 * Runs the Electronegativity scanner on a folder and writes its findings as JSON. Run in a child
 * process by the test: the scanner tries to fetch release data and translations, and offline its
 * HTTP client throws from a timer after the scan is done.
 * usage: node run-electronegativity.ts <input dir> <output.json>
 */
import { writeFileSync } from 'node:fs';
import run from '@doyensec/electronegativity';

interface Issue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location: { line: number; column: number };
  description: string;
}

// Offline, the scanner's translation download fails and its HTTP client (got) then throws this
// from a retry timer, after the request has already been given up: harmless, and not ours.
process.on('uncaughtException', (error) => {
  if (error.message.includes('`onCancel` handler was attached after the promise settled')) return;
  throw error;
});

const [input, output] = process.argv.slice(2);
const result = (await run({
  input,
  severitySet: 'informational',
  confidenceSet: 'tentative',
  // Skip the online release lookup; the app is on Electron 45.
  electronVersionOverride: '45.0.0',
  // This check downloads Electron's release list; offline it cannot run. Staying on a current
  // Electron is covered by the dependency updates instead.
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  customScan: [],
  parserPlugins: [],
})) as { issues: Issue[] };
const findings = result.issues.map((issue) => ({
  check: issue.id,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  file: issue.file,
  line: issue.location.line,
  description: issue.description,
}));
writeFileSync(output!, JSON.stringify(findings, null, 2));
process.exit(0);
