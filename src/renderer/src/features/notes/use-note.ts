import { useEffect, useState } from 'react';
import type { NoteDetail, NoteId } from '../../../../shared/domain/note';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';

/** One note as stored when it is opened; from then on its editor owns the text. */
export function useNote(id: NoteId): { note: NoteDetail | null; error: string | null } {
  const api = useApi();
  const [loaded, setLoaded] = useState<{ note: NoteDetail | null; error: string | null }>({ note: null, error: null });
  useEffect(() => {
    let current = true;
    api.call('notes.get', { id }).then(
      (note) => current && setLoaded({ note, error: null }),
      (failure: unknown) => current && setLoaded({ note: null, error: messageOf(failure) }),
    );
    return () => {
      current = false;
    };
  }, [api, id]);
  return loaded;
}
