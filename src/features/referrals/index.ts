/** Public API of the referrals feature (the app shell composes these; other features link by URL only). */
export { ContactReferrals } from './components/contact-referrals';
export { FollowUpsDue } from './components/follow-ups-due';
export { ReferralSummary } from './components/referral-summary';
export { StartReferral } from './components/start-referral';
export { StartReferralLink } from './components/start-referral-link';
