import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Listeners are registered synchronously here (the reminder engine lands in its own issue).
});
