/**
 * Frames for message-based transports (WebSocket). Electron IPC and the in-memory transport
 * carry the same `Reply` without framing.
 */
import type { Reply } from './client.js';

export type CallFrame = { type: 'call'; id: number; name: string; args: unknown };
export type ReplyFrame = { type: 'reply'; id: number; reply: Reply };
export type EventFrame = { type: 'event'; name: string; payload: unknown };

export type ClientFrame = CallFrame;
export type ServerFrame = ReplyFrame | EventFrame;

/** The WebSocket subprotocol carries the per-launch token so the upgrade itself is refused. */
export const TOKEN_PROTOCOL_PREFIX = 'foia-token.';
export const WEBSOCKET_PATH = '/api';

export function parseClientFrame(text: string): CallFrame | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) {
    return null;
  }
  const frame = value as Partial<CallFrame>;
  if (frame.type !== 'call' || typeof frame.id !== 'number' || typeof frame.name !== 'string') {
    return null;
  }
  return { type: 'call', id: frame.id, name: frame.name, args: frame.args };
}
