// lint-as: src/features/contacts/components/probe.tsx
// expect: none
// Allowed: a feature component calling a data module.
import * as target from '../../../data/contacts/contact-store';

export const probe = target;
