/** Where CLI output goes; injectable so tests capture it. */
export type CliOutput = {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal (progress lines are redrawn in place). */
  interactive: boolean;
};

export const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
};
