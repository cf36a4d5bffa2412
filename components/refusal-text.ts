/** Plain words for a refused command, in the UI's language: the background replies with a reason, never a sentence. */
import type { Problem } from '../lib/spec';
import { t, type MessageKey } from '../shell/i18n';

const SENTENCES: Partial<Record<Problem['reason'], MessageKey>> = {
  'nothing-waiting': 'refusedNothingWaiting',
  'not-paused': 'refusedNotPaused',
  'no-feed': 'refusedNoFeed',
  'not-shown': 'refusedNotShown',
  'not-saved': 'refusedNotSaved',
  'no-reply': 'refusedNoReply',
};

/** The sentence for a refusal; a reason our own pages cannot cause (a malformed command) gets a general one. */
export function refusalText(problem: Problem): string {
  return t(SENTENCES[problem.reason] ?? 'refusedInvalid');
}
