/**
 * Entry point: choose the transport, build the typed client and the workbench, render.
 * Nothing else in the renderer knows whether it runs in Electron or in a browser tab.
 */
// The base style sheet first: the bundle keeps import order, so each feature's own sheet
// (imported by its screen) comes after it and may refine it.
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '../shared/ipc/client.js';
import { chooseTransport } from './api/choose-transport.js';
import { App } from './app.js';
import { ConnectionBanner } from './components/connection-banner.js';
import { NotConnected } from './components/not-connected.js';
import { WorkbenchContext } from './components/workbench-context.js';
import { createWorkbench } from './state/workbench.js';

const container = document.getElementById('root');
if (container === null) {
  throw new Error('index.html must contain <div id="root">');
}
const root = createRoot(container);
const transport = chooseTransport(window);

if (transport.kind === 'none') {
  // Pasting the printed address over a token-less one only changes the fragment, which does
  // not reload the page; reload so the new token is picked up.
  window.addEventListener('hashchange', () => window.location.reload());
  root.render(<NotConnected />);
} else {
  const workbench = createWorkbench(createClient(transport.channel));
  void workbench.session.actions.init();
  root.render(
    <StrictMode>
      <WorkbenchContext.Provider value={workbench}>
        {transport.kind === 'websocket' ? <ConnectionBanner connection={transport.connection} /> : null}
        <App />
      </WorkbenchContext.Provider>
    </StrictMode>,
  );
}
