/**
 * The ceiling: a bare node:http server that answers every request with one fixed JSON body shaped
 * like a page of the staff list (about BARE_BODY_BYTES, default 2048). No framework, no database,
 * so its throughput is the most this machine, Node and the load generator can do.
 *
 * Listens on 127.0.0.1:PORT (default: any free port) and prints `{"port":N,"bytes":B}` on its first
 * line of stdout. Started by the runner (BENCH_WATCH_STDIN=1), it exits when its stdin closes, so it
 * never outlives the runner.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const targetBytes = Number(process.env.BARE_BODY_BYTES || 2048);

function fixedBody(size: number): Buffer {
  const items: object[] = [];
  let length = JSON.stringify({ items: [], total: 812, limit: 50, offset: 0 }).length;
  for (let i = 1; length < size; i++) {
    const item = {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      collarNumber: `${1000 + i}`,
      firstName: 'Alex',
      lastName: `Officer ${i}`,
      rank: 'Constable',
      teamId: '00000000-0000-4000-8000-000000000001',
      stationId: '00000000-0000-4000-8000-000000000002',
      isActive: true,
    };
    items.push(item);
    length += JSON.stringify(item).length + (i > 1 ? 1 : 0);
  }
  return Buffer.from(JSON.stringify({ items, total: 812, limit: 50, offset: 0 }));
}

const body = fixedBody(targetBytes);

const server = http.createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { 'content-type': 'application/json', 'content-length': 2 }).end('{}');
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
});
server.keepAliveTimeout = 72_000;

server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ port, bytes: body.length })}\n`);
});

const stop = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
if (process.env.BENCH_WATCH_STDIN === '1') process.stdin.on('end', stop).on('error', stop).resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
