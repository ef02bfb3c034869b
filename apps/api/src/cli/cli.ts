import { parseArgs } from 'node:util';
import readline from 'node:readline/promises';
import { loadConfig } from '../config';
import { openDatabase, type Database } from '../core/db/database';
import { migrateDown, migrateUp } from '../core/db/migrate';
import { systemContext } from '../core/context';
import { sealAuditChain } from '../core/audit';
import { DEMO_PASSWORD } from '../app';
import { hashPassword, verifyAuditChain } from '../modules/platform';
import { createUser } from '../modules/platform/accounts/commands/manage-users';
import { seedDemoForce } from '../modules/workforce';
import { UsageError, type Command } from './command';
import { personsCommand } from '../modules/identity/matching/persons.command';
import { synthCommand } from '../modules/identity/synthetic';
import { duplicatesCommand } from '../modules/identity/duplicates/duplicates.command';
import { staffingCommand } from '../modules/workforce/staffing/staffing.command';
import { incidentsCommand } from '../modules/incidents/history/incidents.command';
import { reportCommand } from '../modules/incidents/report/report.command';



const withDatabase = async <T>(work: (database: Database) => Promise<T>): Promise<T> => {
  const database = await openDatabase(loadConfig());
  try {
    return await work(database);
  } finally {
    await database.close();
  }
};

/** The commands of `bluelamp`. Later modules add theirs here. */
export const COMMANDS: Record<string, Command> = {
  serve: {
    summary: 'Start the server (same as npm start without the web build)',
    usage: 'bluelamp serve',
    run: async () => {
      const { main } = await import('../start');
      await main();
      return await new Promise<number>(() => undefined); // runs until a signal stops it
    },
  },
  migrate: {
    summary: 'Apply pending database migrations, or revert the latest with --down N',
    usage: 'bluelamp migrate [--down N]',
    run: async (args) => {
      const { values } = parseArgs({ args, options: { down: { type: 'string' } } });
      return withDatabase(async ({ db }) => {
        if (values.down !== undefined) {
          const steps = Number(values.down);
          if (!Number.isInteger(steps) || steps < 1) throw new UsageError('--down takes a whole number of migrations, e.g. --down 1');
          const reverted = await migrateDown(db, steps);
          console.log(reverted.length ? `Reverted: ${reverted.join(', ')}` : 'Nothing to revert');
          return 0;
        }
        const report = await migrateUp(db);
        console.log(report.applied.length ? `Applied: ${report.applied.join(', ')}` : `Up to date (version ${report.current})`);
        return 0;
      });
    },
  },
  'create-admin': {
    summary: 'Create an administrator account (password from BLUELAMP_ADMIN_PASSWORD or asked for)',
    usage: 'bluelamp create-admin --username NAME [--display-name "Full Name"] [--email ADDRESS]',
    run: async (args) => {
      const { values } = parseArgs({ args, options: { username: { type: 'string' }, 'display-name': { type: 'string' }, email: { type: 'string' } } });
      if (!values.username) throw new UsageError('--username is required');
      const password = process.env.BLUELAMP_ADMIN_PASSWORD || (await askSecret('Password for the new administrator: '));
      return withDatabase(async ({ db }) => {
        await migrateUp(db);
        const user = await db.transaction().execute((tx) =>
          createUser(tx, systemContext('cli:create-admin'), {
            username: values.username!,
            displayName: values['display-name'] ?? values.username!,
            email: values.email ?? null,
            password,
            roles: ['administrator'],
          }),
        );
        console.log(`Created administrator ${user.username} (${user.id})`);
        return 0;
      });
    },
  },
  'seed-demo': {
    summary: 'Seed the demo force (geography, ~800 staff, demo accounts) into an empty database',
    usage: 'bluelamp seed-demo',
    run: async () => {
      const config = loadConfig();
      if (config.env === 'production') throw new UsageError('The demo force has published passwords; it cannot be seeded with NODE_ENV=production');
      return withDatabase(async ({ db }) => {
        await migrateUp(db);
        const result = await seedDemoForce(db, { hashPassword, demoPassword: DEMO_PASSWORD });
        console.log(result.seeded ? `Seeded the demo force: ${JSON.stringify(result.counts)}` : 'The demo force is already there; nothing changed');
        return 0;
      });
    },
  },
  persons: {
    summary: `${personsCommand.summary}; or write a synthetic population (synth); or rescan the live records for duplicates (duplicates scan)`,
    usage: `${personsCommand.usage}\n       ${synthCommand.usage}\n       ${duplicatesCommand.usage}`,
    run: (args) => (args[0] === 'synth' ? synthCommand.run(args.slice(1)) : args[0] === 'duplicates' ? duplicatesCommand.run(args.slice(1)) : personsCommand.run(args)),
  },
  staffing: staffingCommand,
  incidents: incidentsCommand,
  report: reportCommand,
  audit: {
    summary: 'Verify the audit trail hash chain; exits 1 and names the first broken record if tampered',
    usage: 'bluelamp audit verify',
    run: async (args) => {
      if (args[0] !== 'verify') throw new UsageError('usage: bluelamp audit verify');
      return withDatabase(async ({ db }) => {
        await sealAuditChain(db);
        const report = await verifyAuditChain(db);
        if (report.ok) {
          console.log(`Audit chain intact: ${report.checked} records; chain position ${report.lastChainPos ?? '-'} has hash ${report.lastHash ?? '-'}`);
          return 0;
        }
        console.error(`Audit chain BROKEN at record ${report.firstBrokenSeq}: ${report.problem} (${report.checked} records before it are intact)`);
        return 1;
      });
    },
  },
};

function help(): string {
  const lines = Object.values(COMMANDS).map((c) => {
    const usage = c.usage.split('\n').map((line) => `  ${line.trim()}`);
    return `${usage.join('\n')}\n      ${c.summary}`;
  });
  return `Usage: bluelamp <command> [options]\n\nCommands:\n${lines.join('\n\n')}\n\nConfiguration comes from the environment (DATABASE_URL, BLUELAMP_DATA_DIR, ...): see README.md.`;
}

async function askSecret(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) throw new UsageError('Set BLUELAMP_ADMIN_PASSWORD, or run in a terminal to be asked for the password');
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    return await rl.question(prompt);
  } finally {
    rl.close();
  }
}

/** Runs one command line; returns the exit code. Errors a user can fix print as one line, not a stack. */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(help());
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${help()}`);
    return 1;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`bluelamp ${name}: ${(error as Error).message}\nusage: ${command.usage}`);
      return 1;
    }
    if (error instanceof Error && error.name === 'AppError') {
      console.error(`bluelamp ${name}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
