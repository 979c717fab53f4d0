import { useCallback } from 'react';
import { PageLoading } from '../../../ui/components/page-loading';
import type { ContactBody } from '../../../shared/protocol/protocol';
import { editDraftKey, NEW_DRAFT_KEY } from '../../../data/contacts/draft-keys';
import { emptyValues, valuesFromBody } from '../../../data/contacts/form-values';
import { useFormOptions } from '../../../data/contacts/use-form-options';
import { useStoredDraft } from '../hooks/use-stored-draft';
import { ContactForm } from './contact-form';

interface Props {
  /** The contact being edited (with its stored body); none for a new contact. */
  contactId?: string;
  base?: ContactBody;
}

/** Opens the form once its draft (if any) and its choices are read, so a restored draft shows at once. */
export function ContactEditor({ contactId, base }: Props) {
  const draftKey = contactId ? editDraftKey(contactId) : NEW_DRAFT_KEY;
  const storedDraft = useStoredDraft(draftKey);
  const options = useFormOptions();
  const startValues = useCallback(() => (base ? valuesFromBody(base) : emptyValues(new Date())), [base]);
  if (storedDraft === undefined || options === undefined) return <PageLoading />;
  return (
    <ContactForm
      key={draftKey}
      draftKey={draftKey}
      storedDraft={storedDraft}
      startValues={startValues}
      base={base}
      contactId={contactId}
      options={options}
    />
  );
}
