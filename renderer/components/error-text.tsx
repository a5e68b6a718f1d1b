/**
 * A failed call's message, shown next to the control that caused it. `role="alert"` makes a
 * screen reader announce it without moving focus away from the form the officer is in.
 */
export function ErrorText({ message, testId }: { message: string | null; testId?: string }) {
  if (message === null) {
    return null;
  }
  return (
    <p className="error-text" role="alert" data-testid={testId}>
      {message}
    </p>
  );
}
