/** The shipped name tables (apps/api/data/identity, see its SOURCES.md): variants and frequencies. */
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../../core/csv';

export const IDENTITY_DATA_DIR = path.resolve(import.meta.dirname, '../../../../data/identity');

export type NameTables = {
  /** name → names recorded as its nickname, diminutive or variant (both directions). */
  forenameVariants: Map<string, Set<string>>;
  surnameVariants: Map<string, Set<string>>;
  /** name → share of the population (ONS). */
  forenameShare: Map<string, number>;
  surnameShare: Map<string, number>;
};

function readRows(file: string): string[][] {
  return parseCsv(fs.readFileSync(path.join(IDENTITY_DATA_DIR, file), 'utf8')).slice(1);
}

function variants(file: string): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (a: string, b: string): void => {
    let set = map.get(a);
    if (!set) map.set(a, (set = new Set()));
    set.add(b);
  };
  for (const [a, b] of readRows(file)) {
    add(a!, b!);
    add(b!, a!);
  }
  return map;
}

const shares = (file: string): Map<string, number> => new Map(readRows(file).map(([name, share]) => [name!, Number(share)]));

let cached: NameTables | undefined;

/** Loads the tables once per process. */
export function nameTables(): NameTables {
  cached ??= {
    forenameVariants: variants('forename-variants.csv'),
    surnameVariants: variants('surname-variants.csv'),
    forenameShare: shares('forename-frequencies.csv'),
    surnameShare: shares('surname-frequencies.csv'),
  };
  return cached;
}

/** True when one forename is a recorded nickname, diminutive or variant of the other (Bob ↔ Robert). */
export function isForenameVariant(a: string, b: string): boolean {
  return nameTables().forenameVariants.get(a)?.has(b) ?? false;
}

export function isSurnameVariant(a: string, b: string): boolean {
  return nameTables().surnameVariants.get(a)?.has(b) ?? false;
}
