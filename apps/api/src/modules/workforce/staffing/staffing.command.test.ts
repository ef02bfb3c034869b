import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

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

  it('should exit 1 with a clear message for bad arguments', async () => {
    const cases: [string[], string][] = [
      [['staffing', 'erlang-c', ...EXAMPLE.slice(2)], '--calls is required'],
      [['staffing', 'erlang-c', ...EXAMPLE.slice(0, 6), '--target-level', '80', '--target-seconds', '20'], '--target-level must be between 0 and 1 (exclusive)'],
      [['staffing', 'erlang-c', ...EXAMPLE, '--shrinkage', '1'], '--shrinkage must be at least 0 and less than 1'],
      [['staffing', 'erlang-c', '--calls', 'many', ...EXAMPLE.slice(2)], '--calls takes a number, not "many"'],
      [['staffing', 'erlang-c', '--calls', '0', ...EXAMPLE.slice(2)], '--calls must be a number greater than 0'],
      [['staffing', 'erlang-b', ...EXAMPLE], 'say "erlang-c"'],
    ];
    const results = await Promise.all(cases.map(([args]) => bluelamp(args)));
    results.forEach((res, i) => {
      expect(res.code).toBe(1);
      expect(res.stdout).toBe('');
      expect(res.stderr).toContain(`bluelamp staffing: ${cases[i]![1]}`);
      expect(res.stderr).toContain('usage: bluelamp staffing erlang-c --calls N');
    });
  });
});
