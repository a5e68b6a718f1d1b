/**
 * The document a sandboxed `<iframe srcdoc>` shows sanitised HTML in. It opens with its own
 * Content-Security-Policy, so that even markup the sanitiser missed can load nothing but
 * `data:` images: the sanitiser is the first wall, this policy the second, and the frame's empty
 * `sandbox` (no scripts, no same origin, no forms, no navigation) the third.
 */

/**
 * The frame's own policy. The app's page policy is inherited by a `srcdoc` frame as well, and a
 * document obeys both, so this one can only narrow what the app allows (the app's `style-src
 * 'self'` still blocks inline styles there, which is why the viewer drops them).
 */
export const FRAME_CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

const FRAME_HEAD =
  `<meta http-equiv="Content-Security-Policy" content="${FRAME_CONTENT_SECURITY_POLICY}">` +
  // Nothing is fetched, but should anything ever be, it must not say which record was open.
  '<meta name="referrer" content="no-referrer">';

/**
 * The `srcdoc` for `sanitisedHtml` (a whole document, `<html>…</html>`, or a fragment). The
 * policy comes first: an HTML parser puts leading `<meta>`s into the head it creates, before
 * anything the message brings, and a `<meta>` policy only applies to what follows it.
 */
export function sandboxedFrameDocument(sanitisedHtml: string): string {
  return FRAME_HEAD + sanitisedHtml;
}
