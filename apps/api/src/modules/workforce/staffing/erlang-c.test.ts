import { describe, expect, it } from 'vitest';
import { agentsWithShrinkage, erlangB, ErlangCInputError, performance, probabilityOfWaiting, requiredAgents, requiredAgentsFor, trafficIntensity } from './erlang-c';

/**
 * Erlang C by the textbook sum, in log space so it cannot overflow: an independent check of the
 * recursion. C = (A^N/N! · N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N−A)).
 */
function erlangCBySum(agents: number, a: number): number {
  const logTerm = (k: number) => k * Math.log(a) - logFactorial(k);
  const logs = Array.from({ length: agents }, (_, k) => logTerm(k));
  const logTop = logTerm(agents) + Math.log(agents / (agents - a));
  const max = Math.max(...logs, logTop);
  const sum = logs.reduce((s, l) => s + Math.exp(l - max), 0);
  const top = Math.exp(logTop - max);
  return top / (sum + top);
}
function logFactorial(n: number): number {
  let s = 0;
  for (let i = 2; i <= n; i++) s += Math.log(i);
  return s;
}

describe('Erlang C against published worked examples', () => {
  // Call Centre Helper, "Erlang C Formula – Made Simple with an Easy Worked Example"
  // (https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm): 100 calls in 30 minutes,
  // AHT 180 s, 80% answered in 20 s, 30% shrinkage → 10 erlangs; 11 agents give Pw 68.21% and SL 39%;
  // 14 agents are needed (occupancy 71.4%), 20 with shrinkage. The same example to 7 figures is
  // printed in the README of the CRAN package ErlangC 0.1.0
  // (https://stat.ethz.ch/CRAN/web/packages/ErlangC/readme/README.html): for 11 agents
  // wait_probability 0.6821182, service_level 0.3896138; for 14 agents wait_probability 0.1741319,
  // service_level 0.88835, average_speed_of_answer 7.83593701177724 s, occupancy 0.7142857.
  const example = { calls: 100, periodMinutes: 30, handleSeconds: 180, targetLevel: 0.8, targetSeconds: 20, shrinkage: 0.3 };

  it('should find 14 agents and 20 after 30% shrinkage, with the published service level, occupancy and Pw', () => {
    const r = requiredAgents(example);
    expect(r.trafficIntensity).toBe(10);
    expect(r.agents).toBe(14);
    expect(r.agentsWithShrinkage).toBe(20);
    expect(r.probabilityOfWaiting).toBeCloseTo(0.1741319, 7);
    expect(r.serviceLevel).toBeCloseTo(0.88835, 5);
    expect(r.occupancy).toBeCloseTo(0.7142857, 7);
    expect(r.averageSpeedOfAnswerSeconds).toBeCloseTo(7.83593701177724, 10);
  });

  it('should give the published figures for the first try of 11 agents', () => {
    const p = performance(example, 11);
    expect(p.probabilityOfWaiting).toBeCloseTo(0.6821182, 7);
    expect(p.serviceLevel).toBeCloseTo(0.3896138, 7);
  });

  it('should reject 13 agents for that example (the minimum really is 14)', () => {
    expect(performance(example, 13).serviceLevel).toBeLessThan(0.8);
  });

  // PyPI call-center-tools (https://pypi.org/project/call-center-tools/), its README's example: 1,000
  // calls an hour, AHT 120 s, 80% in 20 s, 30% shrinkage, 40 agents (there set by an 85% occupancy
  // cap): waiting probability 19.07%, service level 93.72%, ASA 3.43 s, occupancy 83.33%, 58 with
  // shrinkage.
  it('should match the call-center-tools example at 40 agents to the published two decimals', () => {
    const p = performance({ calls: 1000, periodMinutes: 60, handleSeconds: 120, targetSeconds: 20 }, 40);
    expect(p.trafficIntensity).toBeCloseTo(33.333, 3);
    expect(Number((p.probabilityOfWaiting * 100).toFixed(2))).toBe(19.07);
    expect(Number((p.serviceLevel * 100).toFixed(2))).toBe(93.72);
    expect(Number(p.averageSpeedOfAnswerSeconds.toFixed(2))).toBe(3.43);
    expect(Number((p.occupancy * 100).toFixed(2))).toBe(83.33);
    expect(agentsWithShrinkage(40, 0.3)).toBe(58);
  });
});

describe('Erlang C numerics', () => {
  it('should agree with the textbook sum for small and large N', () => {
    for (const [n, a] of [[2, 1], [14, 10], [55, 48], [170, 160], [500, 480], [1200, 1150]] as const) {
      expect(probabilityOfWaiting(n, a)).toBeCloseTo(erlangCBySum(n, a), 10);
    }
  });

  it('should stay finite for thousands of agents and a million calls an hour, in milliseconds', () => {
    const started = Date.now();
    const r = requiredAgents({ calls: 1_000_000, periodMinutes: 60, handleSeconds: 300, targetLevel: 0.9, targetSeconds: 10 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(r.agents).toBeGreaterThan(83_333);
    expect(r.serviceLevel).toBeGreaterThanOrEqual(0.9);
    expect(Number.isFinite(r.probabilityOfWaiting)).toBe(true);
    // One fewer misses the target.
    expect(performance({ calls: 1_000_000, periodMinutes: 60, handleSeconds: 300, targetSeconds: 10 }, r.agents - 1).serviceLevel).toBeLessThan(0.9);
  });

  it('should give Erlang B of the classic single trunk and 0 traffic', () => {
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 12);
    expect(erlangB(5, 0)).toBe(0);
  });

  it('should need one agent for a trickle of calls and a target of answering at once 50% of the time', () => {
    const r = requiredAgents({ calls: 1, periodMinutes: 60, handleSeconds: 60, targetLevel: 0.5, targetSeconds: 0 });
    expect(r.agents).toBe(1);
    expect(r.serviceLevel).toBeCloseTo(1 - 1 / 60, 10); // one server: Pw = A
  });

  it('should round shrinkage up, and not push an exact division one over', () => {
    expect(agentsWithShrinkage(14, 0.3)).toBe(20);
    expect(agentsWithShrinkage(10, 0)).toBe(10);
    expect(agentsWithShrinkage(7, 0.35)).toBe(11);
  });
});

describe('Erlang C bad input', () => {
  const good = { calls: 100, periodMinutes: 30, handleSeconds: 180, targetLevel: 0.8, targetSeconds: 20 };
  const fieldOf = (work: () => unknown): string => {
    try {
      work();
    } catch (error) {
      expect(error).toBeInstanceOf(ErlangCInputError);
      expect((error as ErlangCInputError).code).toBe('VALIDATION_FAILED');
      return (error as ErlangCInputError).field;
    }
    throw new Error('expected an ErlangCInputError');
  };

  it('should name the field for zero or negative demand', () => {
    expect(fieldOf(() => requiredAgents({ ...good, calls: 0 }))).toBe('calls');
    expect(fieldOf(() => requiredAgents({ ...good, periodMinutes: -30 }))).toBe('periodMinutes');
    expect(fieldOf(() => requiredAgents({ ...good, handleSeconds: Number.NaN }))).toBe('handleSeconds');
    expect(fieldOf(() => trafficIntensity(10, 0, 10))).toBe('periodMinutes');
    expect(fieldOf(() => requiredAgents({ ...good, targetSeconds: -1 }))).toBe('targetSeconds');
  });

  it('should refuse a level outside (0, 1) and a shrinkage outside [0, 1)', () => {
    for (const level of [0, 1, 1.5, -0.2]) expect(fieldOf(() => requiredAgents({ ...good, targetLevel: level }))).toBe('targetLevel');
    for (const shrinkage of [1, -0.1, 2]) expect(fieldOf(() => requiredAgents({ ...good, shrinkage }))).toBe('shrinkage');
    expect(requiredAgents({ ...good, shrinkage: 0 }).agentsWithShrinkage).toBe(14);
  });

  it('should refuse traffic beyond a million erlangs rather than search for ever', () => {
    expect(fieldOf(() => requiredAgents({ ...good, calls: 1_000_000, periodMinutes: 1, handleSeconds: 86_400 }))).toBe('trafficIntensity');
    expect(fieldOf(() => probabilityOfWaiting(3_000_000, 2_000_000))).toBe('trafficIntensity');
  });

  it('should refuse a level of 1 even when called with targets directly, so the search always ends', () => {
    expect(fieldOf(() => requiredAgentsFor(10, 180, [{ targetLevel: 0.8, targetSeconds: 20 }, { targetLevel: 1, targetSeconds: 20 }], 0))).toBe('targetLevel');
    expect(fieldOf(() => requiredAgentsFor(0, 180, [{ targetLevel: 0.8, targetSeconds: 20 }], 0))).toBe('trafficIntensity');
  });

  it('should refuse too few agents for the traffic (N must exceed A)', () => {
    expect(fieldOf(() => performance(good, 10))).toBe('agents');
    expect(fieldOf(() => probabilityOfWaiting(3.5, 2))).toBe('agents');
  });
});
