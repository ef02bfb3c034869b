/**
 * Erlang C (the M/M/N queue): how many people must be answering for a target share of calls to be
 * answered within a target time. Pure TypeScript, no I/O.
 *
 * Probabilities come from the Erlang B recursion B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)) and
 * C = N·B / (N − A·(1 − B)), never from A^N / N!: every step stays between 0 and 1, so the answer is
 * exact to double precision for thousands of agents and any traffic (A^N / N! overflows past N ≈ 170).
 */
import { AppError } from '../../../core/errors';

/** A bad argument to the calculation: which one, and why. Answers 400 VALIDATION_FAILED at the HTTP edge. */
export class ErlangCInputError extends AppError {
  readonly field: string;
  readonly problem: string;
  constructor(field: string, problem: string) {
    super('VALIDATION_FAILED', `${field} ${problem}`, { issues: [{ path: field, message: `${field} ${problem}` }] });
    this.field = field;
    this.problem = problem;
  }

  /** The same error for a field inside a request, e.g. `body/callHandlers/shrinkage`. */
  within(prefix: string): ErlangCInputError {
    return new ErlangCInputError(`${prefix}/${this.field}`, this.problem);
  }
}

/** One interval's demand and target, in the units call centres quote them. */
export type ErlangCInput = {
  /** Calls offered in the period. */
  calls: number;
  /** Length of the period, minutes (e.g. 30 or 60). */
  periodMinutes: number;
  /** Average handle time per call (talk plus wrap-up), seconds. */
  handleSeconds: number;
  /** Share of calls to answer within `targetSeconds`, strictly between 0 and 1 (0.8 for 80%). */
  targetLevel: number;
  /** The answer-time target, seconds (0 means "answered at once"). */
  targetSeconds: number;
  /** Share of paid time not spent answering (leave, sickness, training, breaks), 0 ≤ s < 1. */
  shrinkage?: number;
};

/** How an interval performs with a given number of agents. */
export type ErlangCPerformance = {
  /** Agents answering (N). */
  agents: number;
  /** Traffic intensity A in erlangs: calls × handle time / period. */
  trafficIntensity: number;
  /** Probability an arriving call has to wait, Erlang C(N, A). */
  probabilityOfWaiting: number;
  /** Share of calls answered within the target time: 1 − C·e^{−(N−A)·T/AHT}. */
  serviceLevel: number;
  /** Share of agents' time spent on calls, A / N. */
  occupancy: number;
  /** Average speed of answer over all calls, seconds: C·AHT / (N − A). */
  averageSpeedOfAnswerSeconds: number;
};

/** The recommendation for one interval: the fewest agents meeting the target, then rostered heads. */
export type ErlangCRecommendation = ErlangCPerformance & {
  /** People to roster so that `agents` are answering after shrinkage: ceil(N / (1 − shrinkage)). */
  agentsWithShrinkage: number;
};

/** Checks a quantity that must be more than 0 (calls, a period, a handle time). */
export const checkPositive = (field: string, value: number): void => {
  if (!Number.isFinite(value) || value <= 0) throw new ErlangCInputError(field, `must be a number greater than 0, not ${value}`);
};

/** Checks a share of calls to answer in time: strictly between 0 and 1 (1 would need infinite agents). */
export function checkTargetLevel(field: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0 || value >= 1) throw new ErlangCInputError(field, `must be between 0 and 1 (exclusive), e.g. 0.8 for 80%, not ${value}`);
}

/** Checks a shrinkage: 0 (none) up to, but not including, 1 (nobody ever available). */
export function checkShrinkage(field: string, value: number): void {
  if (!Number.isFinite(value) || value < 0 || value >= 1) throw new ErlangCInputError(field, `must be at least 0 and less than 1, e.g. 0.3 for 30%, not ${value}`);
}

/** Checks a target time: 0 seconds or more. */
export function checkTargetSeconds(field: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) throw new ErlangCInputError(field, `must be 0 or more seconds, not ${value}`);
}

/**
 * The largest traffic the calculation takes, erlangs. The search costs one step per agent, so this
 * bounds a request to a few milliseconds; no control room comes within orders of magnitude of it.
 */
export const MAX_TRAFFIC_INTENSITY = 1_000_000;

/** Traffic intensity in erlangs: the average number of calls in progress at once. */
export function trafficIntensity(calls: number, periodMinutes: number, handleSeconds: number): number {
  checkPositive('calls', calls);
  checkPositive('periodMinutes', periodMinutes);
  checkPositive('handleSeconds', handleSeconds);
  return (calls * handleSeconds) / (periodMinutes * 60);
}

function checkIntensity(intensity: number): void {
  if (!(intensity <= MAX_TRAFFIC_INTENSITY)) {
    throw new ErlangCInputError('trafficIntensity', `is ${intensity.toExponential(2)} erlangs; the calculation takes at most ${MAX_TRAFFIC_INTENSITY.toLocaleString('en-GB')} (check the units of the period and handle time)`);
  }
}

/** Erlang B: the probability all N servers are busy when nothing queues. Stable recursion, O(N). */
export function erlangB(agents: number, intensity: number): number {
  let b = 1;
  for (let n = 1; n <= agents; n++) b = (intensity * b) / (n + intensity * b);
  return b;
}

/** Erlang C from the Erlang B value for the same N and A (requires N > A). */
const erlangCFromB = (agents: number, intensity: number, b: number): number => (agents * b) / (agents - intensity * (1 - b));

function checkAgents(agents: number, intensity: number): void {
  if (!Number.isInteger(agents) || agents < 1) throw new ErlangCInputError('agents', `must be a whole number of at least 1, not ${agents}`);
  if (agents <= intensity) {
    throw new ErlangCInputError('agents', `must be more than the traffic intensity (${intensity.toFixed(2)} erlangs): with ${agents} the queue grows without limit`);
  }
}

/** Probability an arriving call waits at all, Erlang C(N, A). N must exceed A. */
export function probabilityOfWaiting(agents: number, intensity: number): number {
  checkPositive('trafficIntensity', intensity);
  checkIntensity(intensity);
  checkAgents(agents, intensity);
  return erlangCFromB(agents, intensity, erlangB(agents, intensity));
}

function performanceFrom(agents: number, intensity: number, pw: number, handleSeconds: number, targetSeconds: number): ErlangCPerformance {
  return {
    agents,
    trafficIntensity: intensity,
    probabilityOfWaiting: pw,
    serviceLevel: Math.max(0, 1 - pw * Math.exp((-(agents - intensity) * targetSeconds) / handleSeconds)),
    occupancy: intensity / agents,
    averageSpeedOfAnswerSeconds: (pw * handleSeconds) / (agents - intensity),
  };
}

/** How the interval performs with `agents` answering. */
export function performance(input: Omit<ErlangCInput, 'targetLevel' | 'shrinkage'>, agents: number): ErlangCPerformance {
  const intensity = trafficIntensity(input.calls, input.periodMinutes, input.handleSeconds);
  checkTargetSeconds('targetSeconds', input.targetSeconds);
  checkAgents(agents, intensity);
  return performanceFrom(agents, intensity, probabilityOfWaiting(agents, intensity), input.handleSeconds, input.targetSeconds);
}

/** People to roster so that `agents` are available after shrinkage. */
export function agentsWithShrinkage(agents: number, shrinkage: number): number {
  checkShrinkage('shrinkage', shrinkage);
  // The epsilon keeps 14 / 0.7 = 20.000000000000004 at 20 rather than 21.
  return Math.ceil(agents / (1 - shrinkage) - 1e-9);
}

/**
 * The fewest agents N (> A) whose service level meets the target, and how the interval performs with
 * them. Walks N upwards from ⌊A⌋ + 1 carrying the Erlang B value along, so the whole search is O(N).
 */
export function requiredAgents(input: ErlangCInput): ErlangCRecommendation {
  const intensity = trafficIntensity(input.calls, input.periodMinutes, input.handleSeconds);
  checkTargetLevel('targetLevel', input.targetLevel);
  checkTargetSeconds('targetSeconds', input.targetSeconds);
  const shrinkage = input.shrinkage ?? 0;
  checkShrinkage('shrinkage', shrinkage);
  return requiredAgentsFor(intensity, input.handleSeconds, [{ targetLevel: input.targetLevel, targetSeconds: input.targetSeconds }], shrinkage);
}

/**
 * The fewest agents meeting every one of several (level, time) targets on the same queue, for a load
 * of `intensity` erlangs with mean service time `handleSeconds`. The service level in the result
 * is against the first target given. Every argument is checked here too, so no caller can make the
 * search run for ever (a level of 1 would).
 */
export function requiredAgentsFor(
  intensity: number,
  handleSeconds: number,
  targets: { targetLevel: number; targetSeconds: number }[],
  shrinkage: number,
): ErlangCRecommendation {
  checkPositive('trafficIntensity', intensity);
  checkIntensity(intensity);
  checkPositive('handleSeconds', handleSeconds);
  for (const t of targets) {
    checkTargetLevel('targetLevel', t.targetLevel);
    checkTargetSeconds('targetSeconds', t.targetSeconds);
  }
  checkShrinkage('shrinkage', shrinkage);
  let agents = Math.floor(intensity) + 1;
  let b = erlangB(agents, intensity);
  for (;;) {
    const pw = erlangCFromB(agents, intensity, b);
    const meetsAll = targets.every((t) => 1 - pw * Math.exp((-(agents - intensity) * t.targetSeconds) / handleSeconds) >= t.targetLevel);
    if (meetsAll) {
      const first = targets[0]!;
      return { ...performanceFrom(agents, intensity, pw, handleSeconds, first.targetSeconds), agentsWithShrinkage: agentsWithShrinkage(agents, shrinkage) };
    }
    agents += 1;
    b = (intensity * b) / (agents + intensity * b);
  }
}
