import { useTranslation } from 'react-i18next';
import type { Eligibility, EligibilityFact, Region } from '../../../content/schema';
import type { CheckReason, MetReason, MissReason } from '../evaluate-eligibility';

type Extension = Eligibility['ageExtensions'][number];

/** The content's bounds for "any age": a span reads "all ages" (0–99), "from 10" (10–99) or "16–25". */
const ALL_AGES = { min: 0, max: 99 };

/**
 * Turns the evaluation's structured reasons into the sentences the finder shows, in the UI language:
 * "16–25, or up to 29 with a recognised disability" for a rule, "age 27 and a recognised disability" for a
 * reason, "from 17 — age 16" for a near miss.
 */
export function useReasonText() {
  const { t, i18n } = useTranslation('finder');
  const list = (items: string[], type: 'conjunction' | 'disjunction') =>
    new Intl.ListFormat(i18n.language, { style: 'long', type }).format(items);
  const is = (fact: EligibilityFact) => t(`facts.${fact}.is`);
  const isNot = (fact: EligibilityFact) => t(`facts.${fact}.isNot`);
  const region = (value: Region) => t(`regions.${value}`);
  const extensionText = (extension: Extension) =>
    t('rule.extension', { ageMax: extension.ageMax, condition: t(`facts.${extension.fact}.with`) });

  const ageRule = (min: number, max: number, extensions: readonly Extension[]) => {
    const span =
      max >= ALL_AGES.max
        ? min <= ALL_AGES.min
          ? t('rule.all')
          : t('rule.from', { min })
        : t('rule.range', { min, max });
    return [span, ...[...extensions].sort((a, b) => a.ageMax - b.ageMax).map(extensionText)].join(', ');
  };

  const rule = (eligibility: Eligibility) =>
    [
      eligibility.ageIndicative
        ? t('rule.indicative', { ages: ageRule(eligibility.ageMin, eligibility.ageMax, eligibility.ageExtensions) })
        : ageRule(eligibility.ageMin, eligibility.ageMax, eligibility.ageExtensions),
      ...(eligibility.region ? [t('rule.region', { region: region(eligibility.region) })] : []),
      ...eligibility.requires.map(is),
      ...(eligibility.requiresAnyOf.length > 0
        ? [t('rule.oneOf', { facts: list(eligibility.requiresAnyOf.map(is), 'disjunction') })]
        : []),
    ].join(t('rule.separator'));

  const met = (reason: MetReason) => {
    switch (reason.kind) {
      case 'age-in-range':
        return t('reasons.age', { age: reason.age });
      case 'age-extended':
        return t('reasons.ageExtended', { age: reason.age, fact: is(reason.fact) });
      case 'fact':
        return is(reason.fact);
      case 'region':
        return t('reasons.region', { region: region(reason.region) });
      case 'listed-locally':
        return t('reasons.listedLocally');
    }
  };

  const miss = (reason: MissReason) => {
    switch (reason.kind) {
      case 'age-below':
        return t('reasons.ageBelow', { min: reason.min, age: reason.age });
      case 'age-above': {
        const text =
          reason.extensions.length === 0
            ? t('reasons.ageAbove', { max: reason.max, age: reason.age })
            : t('reasons.ageAboveExtended', {
                max: reason.max,
                age: reason.age,
                extensions: reason.extensions.map(extensionText).join(', '),
              });
        return reason.ruledOut.length === 0
          ? text
          : t('reasons.ruledOut', { reason: text, facts: list(reason.ruledOut.map(isNot), 'conjunction') });
      }
      case 'fact-missing':
        return t('reasons.factMissing', { required: is(reason.fact), actual: isNot(reason.fact) });
      case 'none-of':
        return t('reasons.noneOf', { facts: list(reason.facts.map(is), 'disjunction') });
      case 'region-outside':
        return t('reasons.regionOutside', { region: region(reason.region), where: region(reason.where) });
    }
  };

  const check = (reason: CheckReason) => {
    switch (reason.kind) {
      case 'age-unknown':
        return t('reasons.ageUnknown', { rule: ageRule(reason.min, reason.max, reason.extensions) });
      case 'extension-unknown':
        return t('reasons.extensionUnknown', {
          age: reason.age,
          ageMax: reason.ageMax,
          condition: t(`facts.${reason.fact}.with`),
        });
      case 'fact-unknown':
        return is(reason.fact);
      case 'any-of-unknown':
        return t('rule.oneOf', { facts: list(reason.facts.map(is), 'disjunction') });
      case 'age-indicative':
        return t('reasons.ageIndicative', { age: reason.age, rule: ageRule(reason.min, reason.max, []) });
      case 'region-unknown':
        return t('reasons.regionUnknown', { region: region(reason.region) });
    }
  };

  return { rule, met, miss, check, is, list, region };
}
