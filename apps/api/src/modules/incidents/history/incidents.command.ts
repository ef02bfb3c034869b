/**
 * `bluelamp incidents import`: history from an old command-and-control system's CSV export.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, type Command } from '../../../cli/command';
import { loadConfig } from '../../../config';
import { openDatabase } from '../../../core/db/database';
import { migrateUp } from '../../../core/db/migrate';
import { systemContext } from '../../../core/context';
import { IMPORT_FIELDS, ImportSetupError, importIncidents, type ImportField, type ImportOptions } from './import-incidents';
import { isTimeZone } from './zoned-time';

const USAGE =
  'bluelamp incidents import --input FILE.csv --map FIELD=COLUMN[,FIELD=COLUMN…] [--grade-map VALUE=GRADE[,…]] [--timezone Europe/London] [--null NULL] [--date-order dmy|mdy]';

/** FIELD=COLUMN pairs; a column name may itself contain '=' after the first one. */
function pairs(flag: string, text: string): [string, string][] {
  return text.split(',').map((part) => {
    const at = part.indexOf('=');
    if (at <= 0 || at === part.length - 1) throw new UsageError(`${flag} takes NAME=VALUE pairs separated by commas, not "${part}"`);
    return [part.slice(0, at).trim(), part.slice(at + 1).trim()];
  });
}

export function parseImportArgs(args: string[]): { input: string; options: Omit<ImportOptions, 'sourceName'> } {
  const { values } = parseArgs({
    args,
    options: {
      input: { type: 'string' },
      map: { type: 'string', multiple: true },
      'grade-map': { type: 'string', multiple: true },
      timezone: { type: 'string' },
      null: { type: 'string' },
      'date-order': { type: 'string' },
    },
  });
  if (!values.input) throw new UsageError('--input is required');
  if (!values.map?.length) throw new UsageError('--map is required, e.g. --map reference=Ref,received_at=Received,grade=Priority');
  const map: Partial<Record<ImportField, string>> = {};
  for (const [field, column] of values.map.flatMap((m) => pairs('--map', m))) {
    if (!(IMPORT_FIELDS as readonly string[]).includes(field)) throw new UsageError(`--map: "${field}" is not a field (${IMPORT_FIELDS.join(', ')})`);
    if (map[field as ImportField]) throw new UsageError(`--map names ${field} twice`);
    map[field as ImportField] = column;
  }
  const gradeMap = values['grade-map']?.length ? new Map(values['grade-map'].flatMap((m) => pairs('--grade-map', m))) : undefined;
  const timeZone = values.timezone ?? 'Europe/London';
  if (!isTimeZone(timeZone)) throw new UsageError(`--timezone "${timeZone}" is not a time zone (e.g. Europe/London, America/Los_Angeles)`);
  const dateOrder = values['date-order'] ?? 'dmy';
  if (dateOrder !== 'dmy' && dateOrder !== 'mdy') throw new UsageError(`--date-order is dmy or mdy, not "${dateOrder}"`);
  return { input: values.input, options: { map, gradeMap, timeZone, dateOrder, nullText: values.null } };
}

export const incidentsCommand: Command = {
  summary: 'Bring incidents in from an old command-and-control system (CSV); re-running does not duplicate',
  usage: USAGE,
  run: async (args) => {
    const [mode, ...rest] = args;
    if (mode !== 'import') throw new UsageError('say "import"');
    const { input, options } = parseImportArgs(rest);
    if (!fs.existsSync(input)) throw new UsageError(`--input: no file ${input}`);
    const database = await openDatabase(loadConfig());
    try {
      await migrateUp(database.db);
      const tty = process.stderr.isTTY;
      let lastLine = 0;
      const summary = await importIncidents(
        database.db,
        systemContext('cli:incidents-import'),
        fs.createReadStream(input, { encoding: 'utf8', highWaterMark: 1 << 20 }),
        { ...options, sourceName: path.basename(input) },
        (s) => {
          const text = `read ${s.read} rows: imported ${s.imported}, already there ${s.alreadyThere}, rejected ${s.rejected}`;
          if (tty) process.stderr.write(`\r${text}`);
          else if (s.read - lastLine >= 10_000) {
            process.stderr.write(`${text}\n`);
            lastLine = s.read;
          }
        },
      );
      if (tty) process.stderr.write('\n');
      console.log(`Read ${summary.read} rows from ${input} in ${summary.seconds.toFixed(1)} s: imported ${summary.imported}, already there ${summary.alreadyThere}, rejected ${summary.rejected}.`);
      if (summary.rejected) {
        console.log('Rejected, by reason:');
        for (const r of summary.reasons) console.log(`  ${String(r.count).padStart(7)}  ${r.kind}`);
        const shown = summary.errors.slice(0, 50);
        console.log(`Rejected rows${summary.rejected > shown.length ? ` (first ${shown.length})` : ''}:`);
        for (const e of shown) console.log(`  line ${e.line}: ${e.reason}`);
      }
      return 0;
    } catch (error) {
      if (error instanceof ImportSetupError) throw new UsageError(error.message);
      throw error;
    } finally {
      await database.close();
    }
  },
};
