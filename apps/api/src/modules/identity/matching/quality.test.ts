/**
 * Quality regression guard on the fixtures copied into the project (FEBRL 1 and Splink fake_1000):
 * the engine's one configuration, trained on each file without labels, must keep the F1 targets.
 */
import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../core/csv';
import { parseMapping, recordsFromRows } from './mapping';
import { createMatcher, DEFAULT_THRESHOLD } from './matcher';
import { trainModel } from './model';

const FIXTURES = path.resolve(import.meta.dirname, '../../../../test/fixtures/identity');

function f1(file: string, id: string, map: string, entity: (row: string[], header: string[]) => string) {
  const rows = parseCsv(fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
  const header = rows[0]!;
  const entities = rows.slice(1).map((row) => entity(row, header));
  const { records } = recordsFromRows(rows, file, id, parseMapping(map));
  const pairs = createMatcher(trainModel(records)).dedupe(records, { threshold: DEFAULT_THRESHOLD });
  const sizes = new Map<string, number>();
  for (const e of entities) sizes.set(e, (sizes.get(e) ?? 0) + 1);
  const truePairs = [...sizes.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
  const tp = pairs.filter((p) => entities[p.left] === entities[p.right]).length;
  const precision = tp / pairs.length;
  const recall = tp / truePairs;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

describe('matching quality on the fixtures (one configuration)', () => {
  it('FEBRL dataset 1: F1 at least 0.99', () => {
    const result = f1('febrl-dataset1.csv', 'rec_id',
      'first_name=given_name,last_name=surname,address=street_number+address_1+address_2,city=suburb,postcode=postcode,dob=date_of_birth,id_number=soc_sec_id',
      (row) => /^rec-(\d+)-/.exec(row[0]!)![1]!);
    expect(result.f1).toBeGreaterThanOrEqual(0.99);
  });

  it('Splink fake_1000: F1 at least 0.93', () => {
    const result = f1('fake_1000.csv', 'unique_id', 'first_name=first_name,last_name=surname,dob=dob,city=city,email=email', (row, header) => row[header.indexOf('cluster')]!);
    expect(result.f1).toBeGreaterThanOrEqual(0.93);
  });
});

describe('the issue\'s call: "Bob Smyth, 12/03/1980"', () => {
  it('finds Robert Smith, 03/12/1980, and says why', () => {
    const rows = parseCsv(fs.readFileSync(path.join(FIXTURES, 'fake_1000.csv'), 'utf8'));
    const { records } = recordsFromRows(rows, 'fake_1000.csv', 'unique_id', parseMapping('first_name=first_name,last_name=surname,dob=dob,city=city,email=email'));
    const index = [...records, { id: 'robert', first_name: 'Robert', last_name: 'Smith', dob: '03/12/1980' }];
    const matcher = createMatcher(trainModel(index));
    const caller = { first_name: 'Bob', last_name: 'Smyth', dob: '12/03/1980' };
    const found = matcher.link([caller], index).sort((a, b) => b.probability - a.probability);
    expect(index[found[0]!.right]!.id).toBe('robert');
    const score = matcher.scorePair(caller, index[found[0]!.right]!);
    expect(score.probability).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(score.reasons).toEqual([
      'Bob is a form of Robert',
      'surname sounds alike (Smyth is a recorded variant of Smith)',
      'date of birth day and month swapped',
    ]);
  });

  it('keeps a model that survives JSON', () => {
    const model = trainModel([
      { first_name: 'Robert', last_name: 'Smith', dob: '1980-12-03' },
      { first_name: 'Rob', last_name: 'Smith', dob: '1980-12-03' },
      { first_name: 'Jane', last_name: 'Doe', dob: '1975-01-02' },
    ]);
    const again = createMatcher(JSON.parse(JSON.stringify(model)));
    expect(again.scorePair({ first_name: 'Bob' }, { first_name: 'Robert' }).reasons).toEqual(['Bob is a form of Robert']);
  });
});

describe('PersonIndex (look-up while typing)', () => {
  it('finds a caller among indexed people and follows changes at once', async () => {
    const { PersonIndex } = await import('./person-index');
    const rows = parseCsv(fs.readFileSync(path.join(FIXTURES, 'fake_1000.csv'), 'utf8'));
    const { records } = recordsFromRows(rows, 'fake_1000.csv', 'unique_id', parseMapping('first_name=first_name,last_name=surname,dob=dob,city=city,email=email'));
    const matcher = createMatcher(trainModel(records));
    const index = new PersonIndex(matcher);
    for (const r of records) index.put(r.id!, r);
    index.put('robert', { first_name: 'Robert', last_name: 'Smith', dob: '03/12/1980' });
    const [best] = index.search({ first_name: 'Bob', last_name: 'Smyth', dob: '12/03/1980' });
    expect(best!.id).toBe('robert');
    expect(best!.reasons).toContain('date of birth day and month swapped');
    index.remove('robert');
    expect(index.search({ first_name: 'Bob', last_name: 'Smyth', dob: '12/03/1980' }).some((c) => c.id === 'robert')).toBe(false);
  });
});
