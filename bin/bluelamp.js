#!/usr/bin/env node
// The `bluelamp` command. The sources are TypeScript, run through tsx with the project's tsconfig.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
register({ tsconfig: path.join(root, 'tsconfig.json') });
const { runCli } = await import(path.join(root, 'apps/api/src/cli/cli.ts'));
process.exitCode = await runCli(process.argv.slice(2));
