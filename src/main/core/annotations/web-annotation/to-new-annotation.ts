import type { NewAnnotation } from '../../../../shared/domain/annotation';
import type { EntityId } from '../../../../shared/domain/entity';
import type { ImportedAnnotation } from './from-web-annotations';

/**
 * An imported annotation as one to add, once the caller has matched or created its entities:
 * `entityIds` maps each ImportedEntity key to an entity of the investigation. A key left out
 * (the reporter chose not to create that entity) leaves the link empty.
 */
export function toNewAnnotation(imported: ImportedAnnotation, entityIds: ReadonlyMap<string, EntityId>): NewAnnotation {
  const idOf = (key: string | null) => (key === null ? null : (entityIds.get(key) ?? null));
  const { quote, claim, event } = imported;
  return {
    sourceId: imported.sourceId,
    kind: imported.kind,
    span: imported.span,
    entityId: idOf(imported.entityKey),
    note: imported.note,
    ...(quote && {
      quote: {
        speakerId: idOf(quote.speakerKey),
        saidOn: quote.saidOn,
        channel: quote.channel,
        addressedTo: quote.addressedTo,
        direct: quote.direct,
      },
    }),
    ...(claim && { claim: { speakerId: idOf(claim.speakerKey), status: claim.status, claimedOn: claim.claimedOn } }),
    ...(event && {
      event: {
        what: event.what,
        startsOn: event.startsOn,
        endsOn: event.endsOn,
        approximate: event.approximate,
        entityIds: event.entityKeys.map(idOf).filter((id): id is EntityId => id !== null),
      },
    }),
  };
}
