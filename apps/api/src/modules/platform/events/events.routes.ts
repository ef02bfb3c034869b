import type { ServerResponse } from 'node:http';
import type { App, AppDeps } from '../../../http/types';
import { errors } from '../../../http/schemas';

const HEARTBEAT_MS = 20_000;

/**
 * Server-sent events: one long response per browser tab. Each event is sent only to users holding
 * its permission. Events raised on any server process arrive here through LISTEN/NOTIFY.
 */
export function registerEventRoutes(app: App, deps: AppDeps): void {
  // Open streams never finish by themselves: end them when the server closes, or close would wait forever.
  const open = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const res of open) res.end();
    open.clear();
  });

  app.get(
    '/api/events',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['events'], summary: 'Live events (text/event-stream)', description: 'First an `event: ready` message; then every live event as an unnamed message (`id:`, `data: <json>` with its `type`), so a client needs one listener whatever types later modules add. A comment line is sent every 20 s to keep proxies from closing the stream.', response: { ...errors(401) } },
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
        res.write(`id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`);
      });
      const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
      heartbeat.unref();
      open.add(res);
      const close = () => {
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(res);
      };
      request.raw.on('close', close);
      res.on('error', close);
    },
  );
}
