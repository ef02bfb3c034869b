/**
 * `bluelamp persons dedupe|link`: batch matching of CSV files, e.g. migrating a legacy nominal index
 * and finding its duplicates. Trains the model on the files themselves, then reports every pair at or
 * above the threshold as `id_l,id_r,match_probability`.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError, type Command } from '../../../cli/command';
import { csvLine, parseCsv } from '../../../core/csv';
import { InputError, parseMapping, recordsFromRows, type FieldMapping } from './mapping';
import { createMatcher, DEFAULT_THRESHOLD, type ScoredPair } from './matcher';
import { trainModel } from './model';
import { dedupeInParallel } from './parallel';
import { preparePerson, type PersonInput } from './normalise';

const USAGE = [
  'bluelamp persons dedupe --input FILE.csv --id COLUMN --map FIELD=COLUMN[+COLUMN…][,FIELD=…] [--threshold P] [--out FILE]',
  '       bluelamp persons link --left A.csv --right B.csv --id COLUMN --map … [--threshold P] [--out FILE]',
].join('\n');

/** Runs shown with a progress bar: at least this many records. */
const PROGRESS_FROM = 20_000;

function readFile(file: string, id: string, mapping: FieldMapping): { ids: string[]; records: PersonInput[] } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return recordsFromRows(parseCsv(text), file, id, mapping);
}

/** A progress bar on standard error: redrawn in place on a terminal, a line per quarter otherwise. */
function progressBar(label: string, enabled: boolean): (fraction: number) => void {
  if (!enabled) return () => undefined;
  const tty = process.stderr.isTTY;
  let lastShown = -1;
  return (fraction) => {
    const pct = Math.floor(Math.min(1, fraction) * 100);
    if (tty) {
      if (pct === lastShown) return;
      const filled = Math.round(pct / 4);
      process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(25 - filled)}] ${String(pct).padStart(3)}%${pct === 100 ? '\n' : ''}`);
    } else {
      if (Math.floor(pct / 25) === Math.floor(lastShown / 25)) return;
      process.stderr.write(`${label}: ${pct}%\n`);
    }
    lastShown = pct;
  };
}

function threshold(value: string | undefined): number {
  if (value === undefined) return DEFAULT_THRESHOLD;
  const p = Number(value);
  if (!(p >= 0 && p <= 1) || value.trim() === '') throw new UsageError(`--threshold takes a probability between 0 and 1, not "${value}"`);
  return p;
}

function write(out: string | undefined, idsLeft: string[], idsRight: string[], pairs: ScoredPair[]): void {
  const lines = ['id_l,id_r,match_probability\n'];
  pairs.sort((a, b) => a.left - b.left || a.right - b.right);
  for (const p of pairs) lines.push(csvLine([idsLeft[p.left]!, idsRight[p.right]!, Number(p.probability.toFixed(6))]));
  const text = lines.join('');
  if (out) fs.writeFileSync(out, text);
  else process.stdout.write(text);
}

export const personsCommand: Command = {
  summary: 'Find duplicate people in a CSV file, or link people across two files (probabilistic matching)',
  usage: USAGE,
  run: async (args) => {
    const [mode, ...rest] = args;
    if (mode !== 'dedupe' && mode !== 'link') throw new UsageError('say "dedupe" or "link"');
    const { values } = parseArgs({
      args: rest,
      options: {
        input: { type: 'string' }, left: { type: 'string' }, right: { type: 'string' }, id: { type: 'string' },
        map: { type: 'string' }, threshold: { type: 'string' }, out: { type: 'string' },
      },
    });
    if (!values.id) throw new UsageError('--id COLUMN is required');
    if (!values.map) throw new UsageError('--map FIELD=COLUMN[,…] is required');
    const cut = threshold(values.threshold);
    try {
      const mapping = parseMapping(values.map);
      if (mode === 'dedupe') {
        if (!values.input) throw new UsageError('--input FILE.csv is required');
        const { ids, records: inputs } = readFile(values.input, values.id, mapping);
        const records = inputs.map((r, i) => preparePerson(r, String(i)));
        const show = progressBar('comparing', records.length >= PROGRESS_FROM);
        // Large files are shared between worker threads (one per core).
        const pairs = await dedupeInParallel(trainModel(records), records, { threshold: cut, onProgress: show });
        write(values.out, ids, ids, pairs);
        if (values.out) console.error(`${pairs.length} pairs at or above ${cut} among ${records.length} records written to ${values.out}`);
        return 0;
      }
      if (!values.left || !values.right) throw new UsageError('--left A.csv and --right B.csv are required');
      const left = readFile(values.left, values.id, mapping);
      const right = readFile(values.right, values.id, mapping);
      const show = progressBar('comparing', left.records.length + right.records.length >= PROGRESS_FROM);
      const leftRecords = left.records.map((r, i) => preparePerson(r, String(i)));
      const rightRecords = right.records.map((r, i) => preparePerson(r, String(i)));
      const matcher = createMatcher(trainModel([...leftRecords, ...rightRecords]));
      const pairs = matcher.link(leftRecords, rightRecords, { threshold: cut, onProgress: show });
      write(values.out, left.ids, right.ids, pairs);
      if (values.out) console.error(`${pairs.length} links at or above ${cut} written to ${values.out}`);
      return 0;
    } catch (error) {
      if (error instanceof InputError) throw new UsageError(error.message);
      throw error;
    }
  },
};
