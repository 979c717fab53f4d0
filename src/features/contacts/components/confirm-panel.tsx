import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  id: string;
  title: ReactNode;
  body: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * An in-page confirmation (no modal to trap focus in): it takes focus on its safe choice, Escape cancels.
 * The caller gives focus back to what opened it.
 */
export function ConfirmPanel({ id, title, body, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus();
  }, []);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onCancel();
  };
  return (
    <div role="alertdialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} className="contact-confirm">
      <p id={`${id}-title`} className="contact-confirm__title">
        {title}
      </p>
      <p id={`${id}-body`}>{body}</p>
      <div className="field-row">
        <button type="button" className="button button--danger" onClick={onConfirm} onKeyDown={closeOnEscape}>
          {confirmLabel}
        </button>
        <button ref={cancel} type="button" className="button" onClick={onCancel} onKeyDown={closeOnEscape}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
