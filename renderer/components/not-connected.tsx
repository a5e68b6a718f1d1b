/**
 * Shown when the page has neither the Electron bridge nor a browser-mode token: every call
 * would fail, so the only useful thing is to say how to get a working address.
 */
export function NotConnected() {
  return (
    <main className="not-connected" data-testid="not-connected">
      <h1>Not connected</h1>
      <p>
        This page cannot reach a FOIA Workbench backend. Open the address printed by <code>npm run web</code> — it
        ends in <code>#token=…</code>, which authorises this browser tab.
      </p>
      <p className="muted">The token changes every time the server starts, so an old bookmark will not work.</p>
    </main>
  );
}
