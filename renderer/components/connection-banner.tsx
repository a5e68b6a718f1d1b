/** Tells the officer, once and visibly, that the browser-mode server has gone away. */
import type { ConnectionState } from '../api/websocket-channel.js';
import type { ReadableStore } from '../state/store.js';
import { useStore } from './use-store.js';

export function ConnectionBanner({ connection }: { connection: ReadableStore<ConnectionState> }) {
  const { status } = useStore(connection);
  if (status !== 'closed') {
    return null;
  }
  return (
    <div className="connection-banner" role="alert" data-testid="connection-lost">
      Lost the connection to the FOIA Workbench server. Start <code>npm run web</code> again and open the address it
      prints.
    </div>
  );
}
