import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createTextNode, $isTextNode, type TextNode } from 'lexical';
import { useCallback, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Entity } from '../../../../../shared/domain/entity';
import { filterEntities, sortEntities } from '../../entities/entity-list-order';
import { entityTypeLabel } from '../../entities/entity-types';
import { EntityTypeIcon } from '../../entities/EntityTypeIcon';
import { useTagging } from '../../tagging/tagging-context';
import { mentionQuery } from './mention-trigger';
import { $createEntityMentionNode } from './nodes/entity-mention-node';

const SHOWN = 8;

class EntityOption extends MenuOption {
  constructor(readonly entity: Entity) {
    super(String(entity.id));
  }
}

/**
 * Typing `@` offers the registry's entities, the most mentioned first, narrowed by each word
 * typed (names and aliases, accents ignored). Enter or Tab (or a click) puts in a mention;
 * Escape leaves the text as typed.
 */
export function MentionsPlugin() {
  const [editor] = useLexicalComposerContext();
  const { entities } = useTagging();
  const [query, setQuery] = useState<string | null>(null);

  const options = useMemo(() => {
    if (query === null) return [];
    const byUse = sortEntities(entities, { key: 'mentions', direction: 'descending' });
    return filterEntities(byUse, query)
      .slice(0, SHOWN)
      .map((entity) => new EntityOption(entity));
  }, [entities, query]);

  const insert = useCallback(
    (option: EntityOption, typed: TextNode | null, closeMenu: () => void) => {
      editor.update(() => {
        const mention = $createEntityMentionNode(option.entity.id, option.entity.name);
        if (typed) typed.replace(mention);
        // A space after the mention, so typing goes on as a new word.
        const next = mention.getNextSibling();
        if ($isTextNode(next) && next.getTextContent().startsWith(' ')) next.select(1, 1);
        else mention.insertAfter($createTextNode(' ')).selectEnd();
        closeMenu();
      });
    },
    [editor],
  );

  return (
    <LexicalTypeaheadMenuPlugin<EntityOption>
      options={options}
      onQueryChange={setQuery}
      onSelectOption={insert}
      triggerFn={mentionQuery}
      menuRenderFn={(anchor, { options: shown, selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current && shown.length > 0
          ? createPortal(
              <ul className="mention-menu" role="listbox" aria-label="Entities">
                {shown.map((option, index) => (
                  <li
                    key={option.key}
                    ref={(element) => option.setRefElement(element)}
                    id={`mention-option-${option.key}`}
                    role="option"
                    aria-selected={index === selectedIndex}
                    className="picker-option"
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseEnter={() => setHighlightedIndex(index)}
                    onClick={() => selectOptionAndCleanUp(option)}
                  >
                    <EntityTypeIcon type={option.entity.type} />
                    <span className="picker-name">{option.entity.name}</span>
                    <span className="picker-meta">
                      {entityTypeLabel[option.entity.type]}
                      {option.entity.aliases.length > 0 ? ` · ${option.entity.aliases.join(', ')}` : ''}
                    </span>
                  </li>
                ))}
              </ul>,
              anchor.current,
            )
          : null
      }
    />
  );
}
