/** One `bluelamp` subcommand. Modules export theirs; `cli.ts` lists them. */
export type Command = {
  summary: string;
  usage: string;
  /** Runs with the arguments after the command's name; resolves to the exit code. */
  run: (args: string[]) => Promise<number>;
};

/** A mistake in how the command was called: printed as one line with the usage, exit code 1. */
export class UsageError extends Error {}
