import { $applyNodeReplacement, $getDocument, $getState, $setState, createState, DecoratorNode, type LexicalNode } from 'lexical';
import type { JSX } from 'react';
import { MentionChip } from '../../embeds/MentionChip';

const positiveId = (value: unknown) => (typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0);
const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 500) : '');

/** The entity mentioned, by id: the link survives renames. */
const entityIdState = createState('entityId', { parse: positiveId });
/** Its name when mentioned: what the note says if the entity is later removed, and its plain text. */
const nameState = createState('name', { parse: text });

/**
 * An @mention of an entity of the registry, inline in a note. It shows the entity's current
 * name (so a rename shows everywhere at once) and opens the entity's page when clicked.
 * Stored as `{"type":"entity-mention","entityId":5,"name":"…"}`.
 */
export class EntityMentionNode extends DecoratorNode<JSX.Element> {
  override $config() {
    return this.config('entity-mention', { extends: DecoratorNode, stateConfigs: [{ stateConfig: entityIdState, flat: true }, { stateConfig: nameState, flat: true }] });
  }

  getEntityId(): number {
    return $getState(this, entityIdState);
  }

  getName(): string {
    return $getState(this, nameState);
  }

  override createDOM(): HTMLElement {
    const host = $getDocument().createElement('span');
    host.className = 'note-mention-host';
    return host;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return this.getName();
  }

  override decorate(): JSX.Element {
    return <MentionChip entityId={this.getEntityId()} storedName={this.getName()} />;
  }
}

export function $createEntityMentionNode(entityId: number, name: string): EntityMentionNode {
  const node = $setState($setState(new EntityMentionNode(), entityIdState, entityId), nameState, name);
  return $applyNodeReplacement(node);
}

export function $isEntityMentionNode(node: LexicalNode | null | undefined): node is EntityMentionNode {
  return node instanceof EntityMentionNode;
}
