import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ChecklistRow } from '../../../data/content';
import { routes } from '../../../shared/routes';
import {
  REFERRAL_OUTCOMES,
  type ContactBody,
  type Referral,
  type ReferralOutcome,
} from '../../../shared/protocol/protocol';
import { changeReferral } from '../../../data/contacts/referrals/change-referral';
import { formatDay } from '../format';
import {
  removeReferral,
  setReferralFollowUp,
  setReferralOutcome,
  toggleReferralStep,
} from '../../../shared/contacts/referral-ops';
import type { SchemeLabel } from '../../../data/content/referral-content';
import { RemoveReferral } from './remove-referral';
import { ReferralSteps } from './referral-steps';

export type SaveOutcome = 'saved' | 'removed' | 'failed';

interface Props {
  contactId: string;
  referral: Referral;
  scheme: SchemeLabel | undefined;
  checklist: ChecklistRow | undefined;
  /** Tells the section's live region how the last change went. */
  onSaved: (outcome: SaveOutcome) => void;
}

/** One referral of a contact: its steps, outcome, follow-up date, summary link and removal; each change saves. */
export function ReferralCard({ contactId, referral, scheme, checklist, onSaved }: Props) {
  const { t, i18n } = useTranslation('referrals');
  const id = referral.id;
  const headingId = `referral-${id}-title`;
  const heading = useRef<HTMLHeadingElement>(null);
  const { hash } = useLocation();
  const [justOpened] = useState(() => hash === `#referral-${id}`);
  // Opened from "Start a referral": the new referral's heading takes the focus (and the screen scrolls to it).
  useEffect(() => {
    if (justOpened) heading.current?.focus();
  }, [justOpened]);

  const save = (change: (body: ContactBody) => ContactBody, outcome: SaveOutcome = 'saved') => {
    changeReferral(contactId, change).then(
      () => onSaved(outcome),
      (error: unknown) => {
        console.error(error);
        onSaved('failed');
      },
    );
  };
  const at = () => new Date().toISOString();
  const stepOrder = checklist?.steps.map((step) => step.id) ?? referral.stepsDone;

  return (
    <article className="card referral-card" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className="referral-card__title">
        {scheme ? (
          <Link to={routes.scheme(scheme.id)} lang="fr">
            {scheme.label}
          </Link>
        ) : (
          referral.schemeId
        )}
      </h3>
      <p className="card__meta">
        {scheme && scheme.label !== scheme.name && <span lang="fr">{scheme.name} · </span>}
        {t('card.started', { date: formatDay(referral.startedAt, i18n.language) })}
      </p>
      {checklist ? (
        <ReferralSteps
          referral={referral}
          checklist={checklist}
          onToggle={(stepId) => save((body) => toggleReferralStep(body, id, stepId, stepOrder, at()))}
        />
      ) : (
        <p className="muted">{t('card.noChecklist', { count: referral.stepsDone.length })}</p>
      )}
      <div className="referral-card__fields">
        <div className="field">
          <label htmlFor={`referral-${id}-outcome`}>{t('card.outcome')}</label>
          <select
            id={`referral-${id}-outcome`}
            value={referral.outcome}
            onChange={(event) => {
              // Read now: the change runs later, when React has put the controlled select back to the stored value.
              const outcome = event.target.value as ReferralOutcome;
              save((body) => setReferralOutcome(body, id, outcome, at()));
            }}
          >
            {REFERRAL_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {t(`outcomes.${outcome}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`referral-${id}-follow-up`}>{t('card.followUp')}</label>
          <input
            id={`referral-${id}-follow-up`}
            type="date"
            value={referral.followUpDate ?? ''}
            onChange={(event) => {
              const date = event.target.value;
              // A date input reports '' while a date is half typed: only a full date or a real clear is saved.
              if (date === '' || /^\d{4}-\d{2}-\d{2}$/.test(date)) {
                save((body) => setReferralFollowUp(body, id, date, at()));
              }
            }}
          />
        </div>
      </div>
      <p className="referral-card__actions">
        <Link to={routes.referralSummary(contactId, id)} className="button button--small">
          {t('card.summary')}
        </Link>
      </p>
      <RemoveReferral
        id={id}
        schemeLabel={scheme?.label ?? referral.schemeId}
        onConfirm={() => save((body) => removeReferral(body, id), 'removed')}
      />
    </article>
  );
}
