/**
 * `bluelamp persons duplicates scan`: the full rescan for proposed duplicate persons and places, as
 * `POST /api/identity/duplicates/scan` does it, from the command line (after a bulk import, say).
 * It loads and trains its own matching index, as a server process does at start.
 */
import { parseArgs } from 'node:util';
import { UsageError, type Command } from '../../../cli/command';
import { loadConfig } from '../../../config';
import { openDatabase } from '../../../core/db/database';
import { migrateUp } from '../../../core/db/migrate';
import { EventBus } from '../../../core/events';
import { systemContext } from '../../../core/context';
import { PersonMatchingService } from '../person-matching.service';
import { DuplicateProposalService } from './duplicate-proposals.service';
import type { ScanCounts } from './check-duplicates';

const USAGE = 'bluelamp persons duplicates scan [--kind persons|places|all]';
const KINDS = { persons: 'person', places: 'location', all: 'all' } as const;

const describe = (what: string, c: ScanCounts | null): string =>
  c ? `${what}: ${c.records} records, ${c.pairs} pairs alike; ${c.opened} proposed, ${c.reopened} proposed again, ${c.updated} updated, ${c.withdrawn} withdrawn, ${c.skipped} changed meanwhile (left to the servers)` : '';

export const duplicatesCommand: Command = {
  summary: 'Rescan every live person and place for likely duplicates and update the review queue',
  usage: USAGE,
  run: async (args) => {
    if (args[0] !== 'scan') throw new UsageError(`usage: ${USAGE}`);
    const { values } = parseArgs({ args: args.slice(1), options: { kind: { type: 'string', default: 'all' } } });
    const kind = KINDS[values.kind as keyof typeof KINDS];
    if (!kind) throw new UsageError('--kind is persons, places or all');
    const database = await openDatabase(loadConfig());
    try {
      await migrateUp(database.db);
      // The bus is never started: this index only needs the persons as they are now.
      const deps = { db: database.db, events: new EventBus(database) };
      const matching = new PersonMatchingService(deps);
      const stopMatching = await matching.start();
      const started = Date.now();
      const report = await new DuplicateProposalService(deps, matching).scan(kind, systemContext('cli:persons-duplicates-scan'));
      await stopMatching();
      const tookMs = Date.now() - started;
      for (const line of [describe('Persons', report.persons), describe('Places', report.locations)]) if (line) console.log(line);
      console.log(`Took ${(tookMs / 1000).toFixed(1)} s`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
