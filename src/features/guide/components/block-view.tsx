import { useTranslation } from 'react-i18next';
import type { Block } from '../../../content/schema';
import { RichText } from '../../../ui/components/rich-text';
import { inlineToPlainText } from '../../../shared/text/inline-markup';

/**
 * One content block of a guide section. Examples and the section's top-level callouts carry an anchor
 * ("example-<id>", "callout-N") so search results and links can land on them.
 */
export function BlockView({ block, anchor }: { block: Block; anchor?: string }) {
  const { t } = useTranslation('guide');
  switch (block.type) {
    case 'p':
      return (
        <p>
          <RichText text={block.text} />
        </p>
      );
    case 'heading':
      return (
        <h2 className="block-heading">
          <RichText text={block.text} />
        </h2>
      );
    case 'list': {
      const items = block.items.map((item, index) => (
        <li key={index}>
          <RichText text={item} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'callout':
      return (
        <aside id={anchor} className={`callout callout--${block.kind}`} aria-label={t(`callout.${block.kind}`)}>
          <p className="callout__title">
            <RichText text={block.title} />
          </p>
          <Blocks blocks={block.blocks} nested />
        </aside>
      );
    case 'example':
      return (
        <section className="example" id={`example-${block.id}`} aria-labelledby={`example-${block.id}-title`}>
          <p className="example__label">
            {t('example')} · {block.towns.join(' & ')}
          </p>
          <h2 id={`example-${block.id}-title`} className="example__title">
            <RichText text={block.title} />
          </h2>
          <Blocks blocks={block.blocks} nested />
        </section>
      );
    case 'table':
      return (
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label={block.caption ? inlineToPlainText(block.caption) : t('table')}
        >
          <table>
            {block.caption && (
              <caption>
                <RichText text={block.caption} />
              </caption>
            )}
            <thead>
              <tr>
                {block.head.map((cell, index) => (
                  <th key={index} scope="col">
                    <RichText text={cell} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, index) => (
                    <td key={index}>{cell ? <RichText text={cell} /> : null}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

/** `nested`: blocks inside an example or a callout, whose callouts are part of it and get no anchor of their own. */
export function Blocks({ blocks, nested = false }: { blocks: Block[]; nested?: boolean }) {
  let callouts = 0;
  return (
    <>
      {blocks.map((block, index) => {
        const anchor = !nested && block.type === 'callout' ? `callout-${++callouts}` : undefined;
        return <BlockView key={index} block={block} anchor={anchor} />;
      })}
    </>
  );
}
