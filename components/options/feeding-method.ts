import type { FeedingMethod } from '../../lib/settings/settings';
import type { MessageKey } from '../../shell/i18n';

/** One name for each way of feeding, on the welcome and the options page alike. */
export const FEEDING_METHOD_LABELS: Record<FeedingMethod, MessageKey> = {
  breast: 'welcomeFeedingBreast',
  bottle: 'welcomeFeedingBottle',
  both: 'welcomeFeedingBoth',
  none: 'welcomeFeedingNone',
};
