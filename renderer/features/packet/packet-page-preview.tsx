/** One page of a built packet as an image, with Previous and Next page; drawn by the backend from the written file. */
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

export function PacketPagePreview() {
  const { packet } = useWorkbench();
  const { preview } = useStore(packet.store);
  if (preview === null) {
    return null;
  }
  const { packetId, page, pageCount, dataUrl, loading, error } = preview;
  return (
    <figure className="packet-preview" data-testid="packet-page-preview" data-page={page} data-loading={loading}>
      <div className="actions">
        <button type="button" className="secondary" disabled={page <= 1 || loading} onClick={() => void packet.actions.preview(packetId, page - 1)} data-testid="packet-preview-previous">
          ← Previous page
        </button>
        <span className="muted small">
          Page {page} of {pageCount}
        </span>
        <button type="button" className="secondary" disabled={page >= pageCount || loading} onClick={() => void packet.actions.preview(packetId, page + 1)} data-testid="packet-preview-next">
          Next page →
        </button>
      </div>
      {error !== null ? <p className="error-text">{error}</p> : null}
      {dataUrl !== null ? <img src={dataUrl} alt={`Page ${page} of the packet`} className="packet-preview-image" data-testid="packet-preview-image" /> : null}
    </figure>
  );
}
