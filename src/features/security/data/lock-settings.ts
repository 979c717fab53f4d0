/** The lock's two settings, each one row of `syncMeta` (read and written together by the settings panel). */
export {
  DEFAULT_IDLE_MINUTES,
  DEFAULT_RETENTION_DAYS,
  IDLE_CHOICES,
  RETENTION_CHOICES,
  getIdleMinutes,
  getRetentionDays,
  setIdleMinutes,
  setRetentionDays,
} from '../../../db/device-data';
