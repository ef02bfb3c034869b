import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseCsv } from '../../../core/csv';
import { parseMapping, recordsFromRows } from './mapping';
import { closePairs, createMatcher } from './matcher';
import { trainModel } from './model';
import { preparePerson } from './normalise';
import { dedupeInParallel } from './parallel';

const FIXTURES = path.resolve(import.meta.dirname, '../../../../test/fixtures/identity');

describe('closure and threads', () => {
  it('closes small groups: A–B and B–C give A–C', () => {
    const pairs = closePairs([{ left: 0, right: 1, probability: 0.95 }, { left: 1, right: 2, probability: 0.99 }], 4);
    expect(pairs).toContainEqual({ left: 0, right: 2, probability: 0.95, linked: true });
    expect(pairs).toHaveLength(3);
  });

  it('a worker thread finds the same pairs as one thread', async () => {
    const rows = parseCsv(fs.readFileSync(path.join(FIXTURES, 'febrl-dataset1.csv'), 'utf8'));
    const { records: inputs } = recordsFromRows(rows, 'febrl', 'rec_id',
      parseMapping('first_name=given_name,last_name=surname,address=street_number+address_1+address_2,city=suburb,postcode=postcode,dob=date_of_birth,id_number=soc_sec_id'));
    const records = inputs.map((r, i) => preparePerson(r, String(i)));
    const model = trainModel(records);
    const key = (p: { left: number; right: number }) => `${p.left}-${p.right}`;
    const single = createMatcher(model).dedupe(records).map(key).sort();
    const warn = vi.spyOn(console, 'warn');
    const parallel = (await dedupeInParallel(model, records, { threads: 2, parallelFrom: 0 })).map(key).sort();
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(parallel).toEqual(single);
  });
});
