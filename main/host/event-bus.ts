/**
 * Fan-out of backend events to every connected transport (a window, a WebSocket client).
 */
import type { EventName, EventPayload } from '../../shared/ipc/contract.js';
import type { Unsubscribe } from '../../shared/ipc/client.js';

export type EventListener = (name: EventName, payload: unknown) => void;

export class EventBus {
  private readonly listeners = new Set<EventListener>();

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(name, payload);
      } catch {
        // A broken subscriber (a closed socket) must not stop delivery to the others.
      }
    }
  }

  subscribe(listener: EventListener): Unsubscribe {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
