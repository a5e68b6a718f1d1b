/** Packet: choose the request and Bates numbering, build the PDF, and see what went into it. */
import { RequestPicker } from '../../components/request-picker.js';
import { PacketForm } from './packet-form.js';
import { PacketResultView } from './packet-result-view.js';

export function PacketScreen() {
  return (
    <div className="screen packet-screen" data-testid="packet-screen">
      <section className="card" aria-labelledby="packet-title">
        <h2 id="packet-title">Build a response packet</h2>
        <p className="muted">
          Every record coded responsive to the request goes into one PDF, with a cover page, an index, and a Bates
          number stamped on each page.
        </p>
        <RequestPicker />
        <PacketForm />
      </section>
      <PacketResultView />
    </div>
  );
}
