import type { MouseEvent } from 'react';
import { useApi } from '../../../app/api-context';
import { useToasts } from '../../../app/toasts';
import { messageOf } from '../../../api/api-error';

/**
 * The source's web address. It opens in the system browser through the app, never in this
 * window: the window must not navigate away from the investigation. In server mode (already in
 * a browser, where the app cannot open one) it opens in a new tab instead.
 */
export function SourceLink({ url }: { url: string }) {
  const api = useApi();
  const toasts = useToasts();

  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    api
      .call('app.openExternal', { url })
      .then(({ opened }) => {
        if (!opened) window.open(url, '_blank', 'noopener,noreferrer');
      })
      .catch((failure: unknown) => toasts.show({ tone: 'error', title: 'The link could not be opened', message: messageOf(failure) }));
  };

  return (
    <a className="reader-url" href={url} onClick={open} title={`${url} (opens in your browser)`} rel="noopener noreferrer">
      {displayUrl(url)}
    </a>
  );
}

/** "news.example.com/2026/03/12/halden…": the address without its scheme, kept short. */
function displayUrl(url: string): string {
  const bare = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return bare.length > 60 ? `${bare.slice(0, 57)}…` : bare;
}
