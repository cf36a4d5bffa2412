import { defineBackground } from 'wxt/utils/define-background';
import { startReminders } from './reminders';

export default defineBackground(() => {
  startReminders();
});
