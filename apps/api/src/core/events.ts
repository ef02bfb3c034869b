import crypto from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from './db/schema';
import type { Database } from './db/database';

/** The NOTIFY channel every server process listens on. */
const CHANNEL = 'bluelamp_events';

/** A live event for browsers. Small: NOTIFY payloads are limited to 8,000 bytes, so carry ids, not records. */
export type LiveEvent = {
  /** `entity.verb`, e.g. `policy.updated`, `incident.dispatched`. */
  type: string;
  /** Only users holding this permission receive it. */
  permission: string;
  entityType?: string;
  entityId?: string;
  data?: Record<string, unknown>;
};

export type DeliveredEvent = LiveEvent & { id: string; at: string; origin: string };

type Subscriber = (event: DeliveredEvent) => void;

/**
 * Live events across processes. `publish` queues a NOTIFY inside the caller's transaction, so an
 * event goes out only if the change commits; every process LISTENs and hands events to its own
 * subscribers (the server-sent-event streams of the browsers connected to it).
 */
export class EventBus {
  readonly instanceId = crypto.randomUUID();
  private readonly subscribers = new Set<Subscriber>();
  private unlisten: (() => Promise<void>) | undefined;

  constructor(private readonly database: Database) {}

  async start(): Promise<void> {
    this.unlisten = await this.database.listen(CHANNEL, (payload) => this.deliver(payload));
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    this.unlisten = undefined;
    this.subscribers.clear();
  }

  async publish(tx: Transaction<DB> | Kysely<DB>, event: LiveEvent): Promise<void> {
    const delivered: DeliveredEvent = { ...event, id: crypto.randomUUID(), at: new Date().toISOString(), origin: this.instanceId };
    const payload = JSON.stringify(delivered);
    if (Buffer.byteLength(payload) > 7_900) throw new Error(`live event ${event.type} is too large for NOTIFY`);
    await sql`select pg_notify(${CHANNEL}, ${payload})`.execute(tx);
  }

  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  private deliver(payload: string): void {
    let event: DeliveredEvent;
    try {
      event = JSON.parse(payload) as DeliveredEvent;
    } catch {
      return;
    }
    for (const s of this.subscribers) s(event);
  }
}
