import type { App, AppDeps } from '../../../http/types';

/** Dispatch: resources with the recommendation, assigning and releasing officers, officers' own updates. */
export function registerDispatchRoutes(_app: App, _deps: AppDeps): void {}
