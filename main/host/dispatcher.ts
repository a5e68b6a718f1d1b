/**
 * The single entry point every transport calls: it validates the call name and arguments
 * against the contract, runs the handler, and reduces any failure to one `{ code, message }`
 * reply. Unknown errors become `internal` and their stack stays in the local log.
 */
import { AppError } from '../../shared/errors.js';
import type { Reply } from '../../shared/ipc/client.js';
import { contract, isCallName } from '../../shared/ipc/contract.js';
import type { CallArgs, CallName, CallResult } from '../../shared/ipc/contract.js';

export type HandlerTable = { [K in CallName]: (args: CallArgs<K>) => Promise<CallResult<K>> };

export type Dispatcher = {
  dispatch(name: string, args: unknown): Promise<Reply>;
};

export type Logger = { error(message: string, error?: unknown): void };

export const consoleLogger: Logger = {
  error: (message, error) => {
    // The only place that prints stacks: the user's terminal or the app's log, never the wire.
    console.error(message, error);
  },
};

export function createDispatcher(handlers: HandlerTable, logger: Logger = consoleLogger): Dispatcher {
  return {
    async dispatch(name, args) {
      if (!isCallName(name)) {
        return { ok: false, error: { code: 'invalid-args', message: `Unknown call ${JSON.stringify(String(name)).slice(0, 80)}` } };
      }
      const parsed = contract.calls[name].args.safeParse(args ?? {});
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'arguments'}: ${issue.message}`);
        return { ok: false, error: { code: 'invalid-args', message: `Invalid arguments for ${name}: ${issues.join('; ')}`, details: { issues } } };
      }
      try {
        const handler = handlers[name] as (input: unknown) => Promise<unknown>;
        const value = await handler(parsed.data);
        return { ok: true, value: value === undefined ? null : value };
      } catch (error) {
        if (error instanceof AppError) {
          return { ok: false, error: error.toShape() };
        }
        logger.error(`Unexpected failure in ${name}`, error);
        return { ok: false, error: { code: 'internal', message: `Unexpected failure in ${name}: ${error instanceof Error ? error.message : String(error)}` } };
      }
    },
  };
}
