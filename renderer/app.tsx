/**
 * The app's frame: the start screen until a case is open, then the case header, the screen
 * navigation and the current screen. Which screen shows is state (session.view), not a URL,
 * because the fragment is reserved for the browser-mode token.
 */
import { lazy, Suspense } from 'react';
import { assertNever } from '../shared/errors.js';
import { CaseHeader } from './components/case-header.js';
import { useStore } from './components/use-store.js';
import { ViewNav } from './components/view-nav.js';
import { useWorkbench } from './components/workbench-context.js';
import { PacketScreen } from './features/packet/packet-screen.js';
import { ReportsScreen } from './features/reports/reports-screen.js';
import { RequestsScreen } from './features/requests/requests-screen.js';
import { ReviewScreen } from './features/review/review-screen.js';
import { SourcesScreen } from './features/sources/sources-screen.js';
import { StartScreen } from './features/start/start-screen.js';
import type { View } from './state/session-model.js';

// The gap register draws its timeline with ECharts (about 200 KB gzipped): loaded when first opened.
const GapsScreen = lazy(() => import('./features/gaps/gaps-screen.js').then((module) => ({ default: module.GapsScreen })));

function CurrentScreen({ view }: { view: View }) {
  switch (view) {
    case 'requests':
      return <RequestsScreen />;
    case 'sources':
      return <SourcesScreen />;
    case 'review':
      return <ReviewScreen />;
    case 'gaps':
      return (
        <Suspense fallback={<p className="muted">Loading the gap register…</p>}>
          <GapsScreen />
        </Suspense>
      );
    case 'reports':
      return <ReportsScreen />;
    case 'packet':
      return <PacketScreen />;
    default:
      return assertNever(view, 'view');
  }
}

export function App() {
  const { session } = useWorkbench();
  const { ready, currentCase, view } = useStore(session.store);

  if (!ready) {
    return (
      <main className="loading" aria-busy="true">
        <p className="muted">Connecting to the backend…</p>
      </main>
    );
  }
  if (currentCase === null) {
    return <StartScreen />;
  }
  return (
    <div className="case-layout">
      <CaseHeader />
      <ViewNav />
      <main className="case-main" data-view={view}>
        <CurrentScreen view={view} />
      </main>
    </div>
  );
}
