/** Turning CSV rows into person descriptions: the `FIELD=COLUMN[+COLUMN…][,FIELD=…]` mapping. */
import { PERSON_FIELDS, parseDate, type PersonField, type PersonInput } from './normalise';

export type FieldMapping = { field: PersonField; columns: string[] }[];

/** A file problem a user can fix, naming the file, row and column. */
export class InputError extends Error {}

export function parseMapping(spec: string): FieldMapping {
  const mapping: FieldMapping = [];
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq < 1) throw new InputError(`--map: "${part}" is not FIELD=COLUMN`);
    const field = part.slice(0, eq).trim();
    if (!(PERSON_FIELDS as readonly string[]).includes(field)) {
      throw new InputError(`--map: unknown field "${field}"; fields are ${PERSON_FIELDS.join(', ')}`);
    }
    const columns = part.slice(eq + 1).split('+').map((c) => c.trim());
    if (columns.some((c) => !c)) throw new InputError(`--map: "${part}" has an empty column name`);
    if (mapping.some((m) => m.field === field)) throw new InputError(`--map: field "${field}" is mapped twice`);
    mapping.push({ field: field as PersonField, columns });
  }
  if (!mapping.length) throw new InputError('--map: give at least one FIELD=COLUMN');
  return mapping;
}

/**
 * Reads the records of one parsed CSV file (header first). Checks the id column and mapped columns
 * exist and every date is readable; errors name the file, the row (1 = header) and the column.
 */
export function recordsFromRows(rows: string[][], file: string, idColumn: string, mapping: FieldMapping): { ids: string[]; records: PersonInput[] } {
  const header = rows[0];
  if (!header) throw new InputError(`${file}: the file is empty (no header row)`);
  const index = new Map(header.map((name, i) => [name, i]));
  const idIndex = index.get(idColumn);
  if (idIndex === undefined) throw new InputError(`${file}: no id column "${idColumn}" in the header (columns: ${header.join(', ')})`);
  const resolved = mapping.map(({ field, columns }) => ({
    field,
    columns,
    indexes: columns.map((c) => {
      const i = index.get(c);
      if (i === undefined) throw new InputError(`${file}: column "${c}" (for ${field}) is not in the header (columns: ${header.join(', ')})`);
      return i;
    }),
  }));
  const ids: string[] = [];
  const records: PersonInput[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const id = row[idIndex] ?? '';
    if (!id) throw new InputError(`${file}: row ${r + 1}, column "${idColumn}": the id is empty`);
    const record: PersonInput = { id };
    for (const { field, columns, indexes } of resolved) {
      const value = indexes.map((i) => row[i] ?? '').filter(Boolean).join(' ');
      if (field === 'dob' && value && parseDate(value) === null) {
        throw new InputError(`${file}: row ${r + 1}, column "${columns.join('+')}": unreadable date "${value}" (use YYYY-MM-DD, YYYYMMDD or DD/MM/YYYY)`);
      }
      record[field] = value;
    }
    ids.push(id);
    records.push(record);
  }
  return { ids, records };
}
