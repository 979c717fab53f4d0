import { Link } from 'react-router';
import type { SectionRef } from '../../data/content';
import { routes } from '../../shared/routes';
import { inlineToPlainText } from '../../shared/text/inline-markup';

/**
 * A link to a guide section, "3.2 Title": how a checklist, a scheme, a term and Table 1 point into the guide.
 * The space keeps the number and the title apart in the link's accessible name, not only on screen.
 */
export function GuideSectionLink({ section }: { section: SectionRef }) {
  return (
    <Link to={routes.section(section.id)}>
      {section.number && <span className="section-number">{section.number}</span>}
      {section.number && ' '}
      {inlineToPlainText(section.title)}
    </Link>
  );
}

/** The guide sections something comes from, as a list of links (the list's look is the page's). */
export function GuideSectionLinks({ sections, className }: { sections: readonly SectionRef[]; className?: string }) {
  return (
    <ul className={className}>
      {sections.map((section) => (
        <li key={section.id}>
          <GuideSectionLink section={section} />
        </li>
      ))}
    </ul>
  );
}
