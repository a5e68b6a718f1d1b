/** Review: results on the left, the open record and its coding on the right. */
import { SearchPanel } from '../search/search-panel.js';
import { RecordViewer } from './record-viewer.js';
import './review.css';

export function ReviewScreen() {
  return (
    <div className="review-screen" data-testid="review-screen">
      <SearchPanel />
      <RecordViewer />
    </div>
  );
}
