import { NO_VULNERABILITY, PARAMS, VULNERABILITIES, type Situation, type SituationParams } from './situation';

const FIELDS = Object.keys(PARAMS) as (keyof Situation)[];
const VULNERABLE_CHOICES = [...VULNERABILITIES, NO_VULNERABILITY];

/**
 * The answers the form's controls show, read from the DOM. A prerendered finder can be typed into and tapped
 * before React hydrates it: React keeps those values on the page but not in its state (and a tap that lands
 * while it hydrates changes the page without an onChange), so the next render would silently undo them. The
 * finder reads them once it is interactive and adopts them (situation-form.tsx).
 */
export function readFormAnswers(form: HTMLFormElement): SituationParams {
  const value = (name: string) => {
    const control = form.elements.namedItem(name);
    if (control instanceof RadioNodeList || control instanceof HTMLInputElement) return control.value;
    if (control instanceof HTMLSelectElement) return control.value;
    return '';
  };
  const read = (field: keyof Situation): string => {
    if (field === 'vulnerabilities') {
      return VULNERABLE_CHOICES.filter((choice) => {
        const box = form.elements.namedItem(`finder-vulnerable-${choice}`);
        return box instanceof HTMLInputElement && box.checked;
      }).join(',');
    }
    return value(`finder-${field}`);
  };
  return Object.fromEntries(FIELDS.map((field) => [field, read(field)])) as SituationParams;
}
