/** Packet: choose the request and the packet's settings, build it (checked before it is written), preview it, and see what went into it. */
import { useEffect } from 'react';
import { RequestPicker } from '../../components/request-picker.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { PacketForm } from './packet-form.js';
import { PacketResultView } from './packet-result-view.js';
import './packet.css';

export function PacketScreen() {
  const { packet, requests } = useWorkbench();
  const { selectedId } = useStore(requests.store);
  useEffect(() => {
    void packet.actions.load(selectedId);
  }, [packet, selectedId]);
  return (
    <div className="screen packet-screen" data-testid="packet-screen">
      <section className="card" aria-labelledby="packet-title">
        <h2 id="packet-title">Build a response packet</h2>
        <p className="muted">
          Records released in full or in part (redactions burned in: the hidden text never enters the PDF), a slip sheet for each record withheld or referred, the
          withholding (Vaughn) index, the gap appendix for the gaps the request cites, a Bates number on every page and a manifest of hashes. The packet is read back
          and checked before it is written.
        </p>
        <RequestPicker />
        <PacketForm />
      </section>
      <PacketResultView />
    </div>
  );
}
