/** Sends a command to the background and reports failures as values, so every caller can show them. */
import { browser } from 'wxt/browser';
import type { Command, CommandReply } from '../lib/schedule/commands';

export async function sendCommand(command: Command): Promise<CommandReply> {
  try {
    const reply = (await browser.runtime.sendMessage(command)) as CommandReply | undefined;
    return reply ?? { ok: false, error: 'no-reply' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
