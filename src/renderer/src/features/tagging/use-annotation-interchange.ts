import { useCallback, useMemo } from 'react';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { useToasts } from '../../app/toasts';
import { saveFile } from '../../ui/save-file';

/** Export every annotation as W3C Web Annotation JSON-LD, and read such a file back. */
export function useAnnotationInterchange(): { exportAll(): void; importFile(): void } {
  const api = useApi();
  const toasts = useToasts();

  const exportAll = useCallback(() => {
    api.call('annotations.exportWebAnnotations', {}).then(
      ({ fileName, json }) => saveFile(fileName, new Blob([json], { type: 'application/ld+json' })),
      (error: unknown) => toasts.show({ tone: 'error', title: 'Could not export the annotations', message: messageOf(error) }),
    );
  }, [api, toasts]);

  const importFile = useCallback(() => {
    const input = Object.assign(document.createElement('input'), { type: 'file', accept: '.jsonld,.json,application/ld+json,application/json' });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return;
      void file
        .text()
        .then((json) => api.call('annotations.importWebAnnotations', { json }))
        .then(
          ({ imported, entitiesCreated, skipped }) =>
            toasts.show({
              tone: skipped.length > 0 ? 'info' : 'success',
              sticky: skipped.length > 0,
              title: `Imported ${imported} annotation${imported === 1 ? '' : 's'}${entitiesCreated ? ` and ${entitiesCreated} new entit${entitiesCreated === 1 ? 'y' : 'ies'}` : ''}`,
              ...(skipped.length > 0 ? { message: `${skipped.length} could not be placed: ${skipped.slice(0, 3).map((s) => s.reason).join(' ')}` } : {}),
            }),
          (error: unknown) => toasts.show({ tone: 'error', title: `Could not import “${file.name}”`, message: messageOf(error) }),
        );
    });
    input.click();
  }, [api, toasts]);

  return useMemo(() => ({ exportAll, importFile }), [exportAll, importFile]);
}
