/**
 * `bluelamp staffing erlang-c`: the call-handler calculation for one interval, for analysts'
 * what-ifs without a server or database. The same function as the recommendation endpoint.
 */
import { parseArgs } from 'node:util';
import { UsageError, type Command } from '../../../cli/command';
import { ErlangCInputError, requiredAgents } from './erlang-c';

const USAGE =
  'bluelamp staffing erlang-c --calls N --period-minutes M --handle-seconds S --target-level 0.8 --target-seconds T [--shrinkage 0.3] [--json]';

/** The command-line name of each input, for messages that point at what the user typed. */
const FLAG_OF: Record<string, string> = {
  calls: '--calls',
  periodMinutes: '--period-minutes',
  handleSeconds: '--handle-seconds',
  targetLevel: '--target-level',
  targetSeconds: '--target-seconds',
  shrinkage: '--shrinkage',
  trafficIntensity: '--calls × --handle-seconds / --period-minutes: the traffic',
};

function numberOption(flag: string, value: string | undefined, required: boolean): number | undefined {
  if (value === undefined) {
    if (required) throw new UsageError(`${flag} is required`);
    return undefined;
  }
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${flag} takes a number, not "${value}"`);
  return n;
}

const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

export const staffingCommand: Command = {
  summary: 'Call handlers needed to answer a share of calls within a target time (Erlang C, with shrinkage)',
  usage: USAGE,
  run: async (args) => {
    const [mode, ...rest] = args;
    if (mode !== 'erlang-c') throw new UsageError('say "erlang-c"');
    const { values } = parseArgs({
      args: rest,
      options: {
        calls: { type: 'string' },
        'period-minutes': { type: 'string' },
        'handle-seconds': { type: 'string' },
        'target-level': { type: 'string' },
        'target-seconds': { type: 'string' },
        shrinkage: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const input = {
      calls: numberOption('--calls', values.calls, true)!,
      periodMinutes: numberOption('--period-minutes', values['period-minutes'], true)!,
      handleSeconds: numberOption('--handle-seconds', values['handle-seconds'], true)!,
      targetLevel: numberOption('--target-level', values['target-level'], true)!,
      targetSeconds: numberOption('--target-seconds', values['target-seconds'], true)!,
      shrinkage: numberOption('--shrinkage', values.shrinkage, false) ?? 0,
    };
    let r;
    try {
      r = requiredAgents(input);
    } catch (error) {
      if (error instanceof ErlangCInputError) throw new UsageError(`${FLAG_OF[error.field] ?? error.field} ${error.problem}`);
      throw error;
    }
    if (values.json) {
      const { agents, agentsWithShrinkage, serviceLevel, occupancy, probabilityOfWaiting } = r;
      console.log(JSON.stringify({ agents, agentsWithShrinkage, serviceLevel, occupancy, probabilityOfWaiting }));
      return 0;
    }
    console.log(
      [
        `Traffic intensity:       ${r.trafficIntensity.toFixed(2)} erlangs`,
        `Agents needed:           ${r.agents}`,
        `After shrinkage:         ${r.agentsWithShrinkage} to roster (${percent(input.shrinkage)} shrinkage)`,
        `Service level:           ${percent(r.serviceLevel)} answered within ${input.targetSeconds} s (target ${percent(input.targetLevel)})`,
        `Occupancy:               ${percent(r.occupancy)}`,
        `Probability of waiting:  ${percent(r.probabilityOfWaiting)}`,
        `Average speed of answer: ${r.averageSpeedOfAnswerSeconds.toFixed(1)} s`,
      ].join('\n'),
    );
    return 0;
  },
};
