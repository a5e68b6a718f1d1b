/**
 * An email's HTML version, as the sender wrote it minus everything that could reach out: the
 * markup goes through the one sanitiser, then into an `<iframe sandbox="">` (no scripts, no
 * same origin, no forms, no navigation) whose document opens with its own CSP. A notice says
 * how much was withheld, so a message without its pictures is not mistaken for one that had none.
 */
import { useMemo } from 'react';
import { blockedNotice, remoteCount } from '../../components/blocked-content.js';
import { ErrorText } from '../../components/error-text.js';
import { sandboxedFrameDocument } from '../../components/sandboxed-frame-document.js';
import { sanitizeUntrustedHtml } from '../../components/sanitize-untrusted-html.js';
import type { SanitisedHtml } from '../../components/sanitize-untrusted-html.js';
import { errorMessage } from '../../state/error-message.js';

type Shown = { ok: true; blocked: SanitisedHtml['blocked']; srcdoc: string } | { ok: false; message: string };

export function RecordHtmlView({ html }: { html: string }) {
  const shown = useMemo<Shown>(() => {
    try {
      // Styles are dropped: the app's own policy (style-src 'self') reaches into the srcdoc frame
      // and would refuse every inline style there anyway. Their URLs are still counted.
      const sanitised = sanitizeUntrustedHtml(html, { keepStyles: false });
      return { ok: true, blocked: sanitised.blocked, srcdoc: sandboxedFrameDocument(sanitised.html) };
    } catch (error) {
      return { ok: false, message: `The HTML version could not be shown: ${errorMessage(error)}` };
    }
  }, [html]);

  if (!shown.ok) {
    return <ErrorText message={shown.message} testId="record-html-error" />;
  }
  const { blocked } = shown;
  const notice = blockedNotice(blocked);
  return (
    <div className="record-html" data-testid="record-html">
      <p className="muted record-html-note" data-testid="record-html-blocked" data-remote-count={remoteCount(blocked)} data-active-count={blocked.active}>
        {notice.length > 0 ? `${notice.join(' · ')}. ` : ''}
        Shown without remote content or the message’s own styles; links are not followed.
      </p>
      <iframe
        className="record-html-frame"
        title="HTML version of the message"
        sandbox=""
        referrerPolicy="no-referrer"
        srcDoc={shown.srcdoc}
        data-testid="record-html-frame"
      />
    </div>
  );
}
