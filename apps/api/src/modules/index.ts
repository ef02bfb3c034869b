import type { ModuleDefinition } from '../http/types';
import { platformModule } from './platform';
import { workforceModule } from './workforce';
import { identityModule } from './identity';
import { contactModule } from './contact';
import { incidentsModule } from './incidents';

/**
 * Every domain module the server runs, in the order their routes register. A new module adds one
 * line here; modules reach each other only through each other's index.ts.
 */
export const MODULES: ModuleDefinition[] = [platformModule, workforceModule, identityModule, contactModule, incidentsModule];
