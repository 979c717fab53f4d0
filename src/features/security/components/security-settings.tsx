import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  getIdleMinutes,
  getRetentionDays,
  IDLE_CHOICES,
  RETENTION_CHOICES,
  setIdleMinutes,
  setRetentionDays,
} from '../../../data/device-lock/device-data';
import { useLockState } from '../hooks/use-lock-state';
import { useHasPasscode } from '../../../data/device-lock/use-vault-info';
import { ChangePasscodeForm } from './change-passcode-form';
import { LockButton } from './lock-button';
import { WipePanel } from './wipe-panel';

/** The settings page's security section: passcode, idle lock, retention, sign-out. */
export function SecuritySettings() {
  const { t } = useTranslation('security');
  const hasPasscode = useHasPasscode();
  const lock = useLockState();
  const idle = useLiveQuery(() => getIdleMinutes(), []);
  const retention = useLiveQuery(() => getRetentionDays(), []);
  const idleId = useId();
  const retentionId = useId();
  const retentionHintId = useId();

  return (
    <section aria-labelledby="security-settings-title">
      <h2 id="security-settings-title">{t('settings.title')}</h2>
      {hasPasscode === false && <p className="muted">{t('settings.noPasscode')}</p>}
      {hasPasscode && lock.status === 'unlocked' && (
        <>
          <LockButton label={t('settings.lockNow')} />
          <ChangePasscodeForm />
        </>
      )}
      {idle !== undefined && (
        <div className="field">
          <label htmlFor={idleId}>{t('settings.idle.legend')}</label>
          <select id={idleId} value={idle} onChange={(event) => void setIdleMinutes(Number(event.target.value))}>
            {IDLE_CHOICES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t('settings.idle.option', { count: minutes })}
              </option>
            ))}
          </select>
        </div>
      )}
      {retention !== undefined && (
        <div className="field">
          <label htmlFor={retentionId}>{t('settings.retention.legend')}</label>
          <p id={retentionHintId} className="muted">
            {t('settings.retention.hint')}
          </p>
          <select
            id={retentionId}
            aria-describedby={retentionHintId}
            value={retention}
            onChange={(event) => void setRetentionDays(Number(event.target.value))}
          >
            {RETENTION_CHOICES.map((days) => (
              <option key={days} value={days}>
                {t('settings.retention.option', { count: days })}
              </option>
            ))}
          </select>
        </div>
      )}
      <WipePanel />
    </section>
  );
}
