import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../cli/cli';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../../../../../bin/bluelamp.js');

/** Runs the real `bluelamp` executable; this command needs no database. */
async function bluelamp(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { ...process.env, NODE_ENV: 'test' }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// The Call Centre Helper worked example (see erlang-c.test.ts for the published figures).
const EXAMPLE = ['--calls', '100', '--period-minutes', '30', '--handle-seconds', '180', '--target-level', '0.8', '--target-seconds', '20'];

describe('bluelamp staffing erlang-c', () => {
  it('should print one JSON object with the five keys', async () => {
    const res = await bluelamp(['staffing', 'erlang-c', ...EXAMPLE, '--shrinkage', '0.3', '--json']);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(Object.keys(out).sort()).toEqual(['agents', 'agentsWithShrinkage', 'occupancy', 'probabilityOfWaiting', 'serviceLevel']);
    expect(out.agents).toBe(14);
    expect(out.agentsWithShrinkage).toBe(20);
    expect(out.serviceLevel).toBeCloseTo(0.88835, 5);
    expect(out.occupancy).toBeCloseTo(0.7142857, 7);
    expect(out.probabilityOfWaiting).toBeCloseTo(0.1741319, 7);
  });

  it('should print the agents before and after shrinkage and what they achieve, in words', async () => {
    const res = await bluelamp(['staffing', 'erlang-c', ...EXAMPLE, '--shrinkage', '0.3']);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/Agents needed:\s+14\n/);
    expect(res.stdout).toMatch(/After shrinkage:\s+20 to roster \(30\.0% shrinkage\)/);
    expect(res.stdout).toMatch(/Service level:\s+88\.8% answered within 20 s/);
    expect(res.stdout).toMatch(/Occupancy:\s+71\.4%/);
    expect(res.stdout).toMatch(/Probability of waiting:\s+17\.4%/);
  });

  it('should treat a missing --shrinkage as none', async () => {
    const out = JSON.parse((await bluelamp(['staffing', 'erlang-c', ...EXAMPLE, '--json'])).stdout);
    expect(out.agentsWithShrinkage).toBe(14);
  });

  it('should exit 1 from the real binary with the message and the usage on standard error', async () => {
    const res = await bluelamp(['staffing', 'erlang-c', ...EXAMPLE.slice(0, 6), '--target-level', '80', '--target-seconds', '20']);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('bluelamp staffing: --target-level must be between 0 and 1 (exclusive), e.g. 0.8 for 80%, not 80');
    expect(res.stderr).toContain('usage: bluelamp staffing erlang-c --calls N');
  });

  // The same entry point as the binary (runCli), in-process: one spawned process per case would
  // cost seconds each on a busy machine.
  it('should explain every other kind of bad argument', async () => {
    const cases: [string[], string][] = [
      [EXAMPLE.slice(2), '--calls is required'],
      [[...EXAMPLE, '--shrinkage', '1'], '--shrinkage must be at least 0 and less than 1'],
      [['--calls', 'many', ...EXAMPLE.slice(2)], '--calls takes a number, not "many"'],
      [['--calls', '0', ...EXAMPLE.slice(2)], '--calls must be a number greater than 0'],
      [['--calls', '1000000', '--period-minutes', '1', '--handle-seconds', '86400', ...EXAMPLE.slice(6)], '--calls × --handle-seconds / --period-minutes: the traffic is 1.44e+9 erlangs; the calculation takes at most 1,000,000'],
      [[...EXAMPLE, '--agents', '3'], "Unknown option '--agents'"],
    ];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      for (const [args, message] of cases) {
        errors.mockClear();
        expect(await runCli(['staffing', 'erlang-c', ...args])).toBe(1);
        expect(String(errors.mock.calls[0]?.[0])).toContain(`bluelamp staffing: ${message}`);
      }
      errors.mockClear();
      expect(await runCli(['staffing', 'erlang-b', ...EXAMPLE])).toBe(1);
      expect(String(errors.mock.calls[0]?.[0])).toContain('bluelamp staffing: say "erlang-c"');
    } finally {
      errors.mockRestore();
    }
  });
});
