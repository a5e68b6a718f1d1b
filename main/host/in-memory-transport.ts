/**
 * The in-memory transport: the test double for Electron IPC and WebSocket. Arguments, results
 * and events are structured-cloned, so tests catch values that would not survive a real wire.
 */
import type { RawChannel } from '../../shared/ipc/client.js';
import type { Host } from './create-host.js';

export function inMemoryChannel(host: Host): RawChannel {
  return {
    async invoke(name, args) {
      const reply = await host.dispatcher.dispatch(name, structuredClone(args));
      return structuredClone(reply);
    },
    subscribe(listener) {
      return host.events.subscribe((name, payload) => listener(name, structuredClone(payload)));
    },
  };
}
