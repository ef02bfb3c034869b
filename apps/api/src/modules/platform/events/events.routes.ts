import type { App, AppDeps } from '../../../http/types';
import { errors } from '../../../http/schemas';

const HEARTBEAT_MS = 20_000;

/**
 * Server-sent events: one long response per browser tab. Each event is sent only to users holding
 * its permission. Events raised on any server process arrive here through LISTEN/NOTIFY.
 */
export function registerEventRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/events',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['events'], summary: 'Live events (text/event-stream)', description: 'Each message: `event: <type>`, `data: <json>`. A comment line is sent every 20 s to keep proxies from closing the stream.', response: { ...errors(401) } },
    },
    async (request, reply) => {
      const actor = request.actor!;
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-request-id': String(request.id),
      });
      res.write(`retry: 3000\nevent: ready\ndata: ${JSON.stringify({ instance: deps.events.instanceId })}\n\n`);
      const unsubscribe = deps.events.subscribe((event) => {
        if (!actor.permissions.has(event.permission)) return;
        res.write(`id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
      });
      const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
      heartbeat.unref();
      const close = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      request.raw.on('close', close);
      res.on('error', close);
    },
  );
}
