/** Sends a command to the background and reports failures as values, so every caller can show them. */
import { browser } from 'wxt/browser';
import type { Command, CommandReply } from '../lib/schedule/commands';

/**
 * The background's reply, or a `no-reply` refusal when there was none (the worker was starting, or the
 * message could not be delivered). The browser's own error text is logged, never shown.
 */
export async function sendCommand(command: Command): Promise<CommandReply> {
  try {
    const reply = (await browser.runtime.sendMessage(command)) as Partial<{ ok: unknown; problem: { reason?: unknown } }> | undefined;
    if (reply?.ok === true || (reply?.ok === false && typeof reply.problem?.reason === 'string')) return reply as CommandReply;
  } catch (error) {
    console.warn('Back to Core: the background did not answer', error);
  }
  return { ok: false, problem: { reason: 'no-reply', field: '' } };
}
