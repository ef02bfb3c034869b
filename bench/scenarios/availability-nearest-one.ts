import type { Scenario } from '../scenario';
import availabilityNearest from './availability-nearest';

/**
 * The same question asked by one dispatcher at a time: the latency a dispatcher sees (issue 4's
 * "p99 at most 10 ms"), where `availability-nearest` measures the server saturated by 10 at once.
 */
const availabilityNearestOne: Scenario = {
  name: 'availability-nearest-1',
  description: `${availabilityNearest.description}; one connection`,
  async setup(ctx) {
    return { ...(await availabilityNearest.setup(ctx)), connections: 1 };
  },
};

export default availabilityNearestOne;
