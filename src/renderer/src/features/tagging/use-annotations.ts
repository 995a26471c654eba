import { useEffect, useState } from 'react';
import type { Annotation } from '../../../../shared/domain/annotation';
import { useApi } from '../../app/api-context';

/** A source's annotations, reloaded whenever any window changes them. */
export function useAnnotations(sourceId: number): Annotation[] {
  const api = useApi();
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  useEffect(() => {
    let current = true;
    const load = () => api.call('annotations.list', { sourceId }).then((list) => current && setAnnotations(list), () => undefined);
    void load();
    const off = api.onEvent((event) => {
      if (event.type === 'annotations.changed' && event.sourceIds.includes(sourceId)) void load();
    });
    return () => {
      current = false;
      off();
    };
  }, [api, sourceId]);
  return annotations;
}
