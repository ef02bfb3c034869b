import fs from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { UsageError, type Command } from '../../../cli/command';
import { demoAreaPostcodes } from './data';
import { CSV_HEADER, generatePopulation, toCsvLine, type ErrorProfileName, type PopulationOptions } from './generate-population';

const USAGE =
  'bluelamp persons synth --count N --out FILE.csv [--seed S] [--duplicate-rate 0.2] [--error-profile none|light|standard|heavy] [--max-duplicates 5] [--local-postcodes demo|FILE [--local-share 0.5]] [--errors-column]';

const PROFILES: ErrorProfileName[] = ['none', 'light', 'standard', 'heavy'];
const fmt = (n: number): string => n.toLocaleString('en-GB');

function parseWhole(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.replace(/_/g, '')) || Number(value.replace(/_/g, '')) < min) throw new UsageError(`--${name} takes a whole number of at least ${min}, got "${value}"`);
  return Number(value.replace(/_/g, ''));
}

/**
 * Writes a synthetic population as CSV (`id,cluster,first_name,…,id_number`; `cluster` is the true
 * person), streaming to disk, with progress on standard error for large counts.
 */
export async function runSynth(args: string[], io: { stdout?: NodeJS.WritableStream; stderr?: NodeJS.WriteStream | NodeJS.WritableStream } = {}): Promise<number> {
  const stderr = io.stderr ?? process.stderr;
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        count: { type: 'string' },
        seed: { type: 'string' },
        'duplicate-rate': { type: 'string' },
        'error-profile': { type: 'string' },
        'max-duplicates': { type: 'string' },
        'errors-column': { type: 'boolean' },
        'local-postcodes': { type: 'string' },
        'local-share': { type: 'string' },
        out: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const count = parseWhole('count', values.count, 0);
  if (count === undefined) throw new UsageError('--count is required (the number of records)');
  if (!values.out) throw new UsageError('--out is required (a CSV file, or - for standard output)');
  const seed = parseWhole('seed', values.seed, -(2 ** 31)) ?? 1;
  if (seed >= 2 ** 32) throw new UsageError('--seed must fit in 32 bits');
  const rate = values['duplicate-rate'] === undefined ? 0.2 : Number(values['duplicate-rate']);
  if (!(rate >= 0 && rate < 1)) throw new UsageError(`--duplicate-rate must be at least 0 and below 1, got "${values['duplicate-rate']}"`);
  const profile = (values['error-profile'] ?? 'standard') as ErrorProfileName;
  if (!PROFILES.includes(profile)) throw new UsageError(`--error-profile must be one of ${PROFILES.join(', ')}`);
  const maxDuplicates = parseWhole('max-duplicates', values['max-duplicates'], 1) ?? 5;
  if (maxDuplicates > 255) throw new UsageError('--max-duplicates is at most 255');

  const options: PopulationOptions = { records: count, seed, duplicateRate: rate, errorProfile: profile, maxDuplicates };
  const local = values['local-postcodes'];
  if (local !== undefined) {
    // "demo": the demo force's EC postcodes; otherwise a file with a postcode at the start of each line (a header is skipped).
    let list: string[];
    if (local === 'demo') list = demoAreaPostcodes();
    else {
      if (!fs.existsSync(local)) throw new UsageError(`--local-postcodes: no file ${local}`);
      list = fs
        .readFileSync(local, 'utf8')
        .split(/\r?\n/)
        .map((l) => l.split(',')[0]!.replace(/"/g, '').trim())
        .filter((pc) => /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i.test(pc));
      if (!list.length) throw new UsageError(`--local-postcodes: no postcodes in ${local}`);
    }
    const share = values['local-share'] === undefined ? 0.5 : Number(values['local-share']);
    if (!(share >= 0 && share <= 1)) throw new UsageError(`--local-share must be between 0 and 1, got "${values['local-share']}"`);
    options.localPostcodes = list;
    options.localShare = share;
  } else if (values['local-share'] !== undefined) throw new UsageError('--local-share needs --local-postcodes');
  const toStdout = values.out === '-';
  const out = toStdout ? (io.stdout ?? process.stdout) : fs.createWriteStream(`${values.out}.partial`);
  const report = toStdout ? stderr : (io.stdout ?? process.stdout);
  const withErrors = values['errors-column'] === true;
  const showProgress = count >= 50_000;
  const tty = 'isTTY' in stderr && stderr.isTTY === true;
  const started = performance.now();
  let lastShown = started;
  let lastTenth = 0;

  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const progress = (done: number) => {
    const now = performance.now();
    if (tty ? now - lastShown < 250 : Math.floor((10 * done) / count) === lastTenth) return;
    lastShown = now;
    lastTenth = Math.floor((10 * done) / count);
    const line = `  ${fmt(done)} / ${fmt(count)} records (${Math.floor((100 * done) / count)}%), ${((now - started) / 1000).toFixed(1)} s`;
    stderr.write(tty ? `\r${line}` : `${line}\n`);
  };

  try {
    await write(`${CSV_HEADER}${withErrors ? ',errors' : ''}\n`);
    const generator = generatePopulation(options);
    let chunk: string[] = [];
    let done = 0;
    let step = generator.next();
    while (!step.done) {
      chunk.push(toCsvLine(step.value, withErrors));
      done++;
      if (chunk.length === 2000) {
        await write(`${chunk.join('\n')}\n`);
        chunk = [];
        if (showProgress) progress(done);
      }
      step = generator.next();
    }
    if (chunk.length) await write(`${chunk.join('\n')}\n`);
    const plan = step.value;
    if (!toStdout) {
      const file = out as fs.WriteStream;
      file.end();
      await once(file, 'finish');
      fs.renameSync(`${values.out}.partial`, values.out);
    }
    if (showProgress && tty) stderr.write('\n');
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    report.write(
      `Wrote ${fmt(plan.records)} records to ${toStdout ? 'standard output' : values.out} in ${seconds} s: ` +
        `${fmt(plan.people)} true people, ${fmt(plan.duplicates)} duplicate records, ${fmt(plan.duplicatePairs)} duplicate pairs (seed ${seed})\n`,
    );
    return 0;
  } catch (error) {
    if (!toStdout) {
      (out as fs.WriteStream).destroy();
      fs.rmSync(`${values.out}.partial`, { force: true });
    }
    throw error;
  }
}

/** `bluelamp persons synth`: a synthetic population with ground truth, for benchmarks, the demo and evaluation. */
export const synthCommand: Command = {
  summary: 'Write a synthetic population (UK names by frequency, duplicates with realistic errors; cluster = true person) as CSV',
  usage: USAGE,
  run: (args) => runSynth(args),
};
