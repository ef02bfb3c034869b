import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../cli/command';
import { parseCsv } from '../../../core/csv';
import { personsCommand } from './persons.command';

const FIXTURES = path.resolve(import.meta.dirname, '../../../../test/fixtures/identity');
const FEBRL = path.join(FIXTURES, 'febrl-dataset1.csv');
const MAP = 'first_name=given_name,last_name=surname,address=street_number+address_1+address_2,city=suburb,postcode=postcode,dob=date_of_birth,id_number=soc_sec_id';
const tmp = (name: string) => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'persons-')), name);

describe('bluelamp persons', () => {
  it('dedupe writes id_l,id_r,match_probability for the FEBRL duplicates', async () => {
    const out = tmp('pairs.csv');
    expect(await personsCommand.run(['dedupe', '--input', FEBRL, '--id', 'rec_id', '--map', MAP, '--out', out])).toBe(0);
    const rows = parseCsv(fs.readFileSync(out, 'utf8'));
    expect(rows[0]).toEqual(['id_l', 'id_r', 'match_probability']);
    expect(rows.length - 1).toBeGreaterThanOrEqual(495);
    for (const [l, r, p] of rows.slice(1)) {
      expect(Number(p)).toBeGreaterThanOrEqual(0.9);
      expect(l).not.toBe(r);
    }
    expect(rows.some(([l, r]) => l === 'rec-223-org' && r === 'rec-223-dup-0')).toBe(true);
  });

  it('link puts the left file\'s id first', async () => {
    const dir = path.dirname(tmp('x'));
    fs.writeFileSync(path.join(dir, 'a.csv'), 'ref,forename,surname,born\nA1,Robert,Smith,03/12/1980\nA2,Jane,Doe,1975-01-02\n');
    fs.writeFileSync(path.join(dir, 'b.csv'), 'ref,forename,surname,born\nB1,Jayne,Doe,19750102\nB2,Bob,Smyth,12/03/1980\n');
    const out = path.join(dir, 'links.csv');
    const code = await personsCommand.run(['link', '--left', path.join(dir, 'a.csv'), '--right', path.join(dir, 'b.csv'), '--id', 'ref',
      '--map', 'first_name=forename,last_name=surname,dob=born', '--threshold', '0.5', '--out', out]);
    expect(code).toBe(0);
    const rows = parseCsv(fs.readFileSync(out, 'utf8'));
    expect(rows.slice(1).map(([l, r]) => `${l}-${r}`).sort()).toEqual(['A1-B2', 'A2-B1']);
  });

  it('explains bad calls and bad files', async () => {
    await expect(personsCommand.run(['merge'])).rejects.toThrow(UsageError);
    await expect(personsCommand.run(['dedupe', '--input', FEBRL, '--id', 'id', '--map', MAP])).rejects.toThrow('no id column "id"');
    await expect(personsCommand.run(['dedupe', '--input', FEBRL, '--id', 'rec_id', '--map', 'forename=given_name'])).rejects.toThrow('unknown field "forename"');
    await expect(personsCommand.run(['dedupe', '--input', FEBRL, '--id', 'rec_id', '--map', MAP, '--threshold', '2'])).rejects.toThrow('--threshold');
    const bad = tmp('bad.csv');
    fs.writeFileSync(bad, 'id,name,dob\n1,Ann Lee,1980-01-02\n2,Bo Lee,2nd May\n');
    await expect(personsCommand.run(['dedupe', '--input', bad, '--id', 'id', '--map', 'full_name=name,dob=dob'])).rejects.toThrow('row 3, column "dob": unreadable date "2nd May"');
  });
});
