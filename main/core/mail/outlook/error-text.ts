/** The message of anything thrown, for problem and error items (libraries throw strings too). */
export function errorText(error: unknown): string {
  if (error instanceof Error) {
    return error.message;
  }
  return String(error);
}
