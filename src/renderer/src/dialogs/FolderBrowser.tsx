import { useEffect, useState } from 'react';
import type { FolderEntry } from '../../../shared/contract/methods/files';
import { messageOf } from '../api/api-error';
import { useApi } from '../app/api-context';
import { Icon } from '../ui/icons';

interface Listing {
  folder: string;
  parent: string | null;
  entries: FolderEntry[];
}

const modified = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/**
 * Server mode's stand-in for the system file dialog: folders and .sourcebook files, walked
 * with the mouse or the keyboard (Tab to the list, Enter to open a folder or pick a file).
 */
export function FolderBrowser(props: {
  folder: string | null;
  onFolderChange(folder: string): void;
  onPick(filePath: string): void;
  /** A double-click or Enter on a file: pick it and go (open it, say). */
  onActivate(filePath: string): void;
}) {
  const api = useApi();
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api
      .call('files.browse', { folder: props.folder ?? undefined })
      .then((result) => {
        if (!current) return;
        setListing(result);
        setError(null);
        if (result.folder !== props.folder) props.onFolderChange(result.folder);
      })
      .catch((failure: unknown) => current && setError(messageOf(failure)));
    return () => {
      current = false;
    };
    // Only a new folder means a new listing; the callbacks change on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, props.folder]);

  return (
    <div className="folder-browser">
      <div className="folder-browser-bar">
        <button
          type="button"
          className="button button-small"
          disabled={!listing?.parent}
          onClick={() => listing?.parent && props.onFolderChange(listing.parent)}
        >
          Up
        </button>
        <span className="folder-browser-path" title={listing?.folder}>
          {listing?.folder ?? props.folder}
        </span>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : (
        <ul className="folder-browser-list" aria-label={`Contents of ${listing?.folder ?? 'the folder'}`}>
          {listing?.entries.length === 0 ? <li className="folder-browser-empty">No folders or investigations here.</li> : null}
          {listing?.entries.map((entry) => (
            <li key={entry.path}>
              <button
                type="button"
                className="row-button folder-entry"
                onClick={() => (entry.kind === 'folder' ? props.onFolderChange(entry.path) : props.onPick(entry.path))}
                onDoubleClick={() => entry.kind === 'investigation' && props.onActivate(entry.path)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && entry.kind === 'investigation') {
                    event.preventDefault();
                    props.onActivate(entry.path);
                  }
                }}
              >
                <Icon name={entry.kind === 'folder' ? 'file' : 'sources'} size={16} />
                <span className="folder-entry-name">{entry.name}</span>
                <span className="folder-entry-date">
                  {entry.kind === 'investigation' && entry.modifiedAt ? modified.format(new Date(entry.modifiedAt)) : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
