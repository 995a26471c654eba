import { useEffect, useState } from 'react';
import { Icon } from '../../../ui/icons';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies a source's full SHA-256, the fingerprint a reporter quotes to show which file they
 * read. The button says what happened, and so does a live region for screen readers.
 */
export function CopyHashButton({ sha256 }: { sha256: string }) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const reset = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(reset);
  }, [state]);

  const copy = () => {
    navigator.clipboard.writeText(sha256).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };

  return (
    <>
      <button type="button" className="reader-copy" onClick={copy} aria-label="Copy SHA-256" title="Copy the full SHA-256">
        <Icon name={state === 'copied' ? 'check' : 'copy'} size={14} />
        <span aria-hidden="true">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Not copied' : 'Copy'}</span>
      </button>
      <span className="visually-hidden" role="status">
        {state === 'copied' ? 'SHA-256 copied' : state === 'failed' ? 'The SHA-256 could not be copied' : ''}
      </span>
    </>
  );
}
