import { Icon } from '../ui/icons';
import { navigate, type Route } from './route';
import { shortcutLabel } from './shortcut-label';
import { views } from './views';

export function NavRail({ route, disabled }: { route: Route; disabled: boolean }) {
  return (
    <nav className="nav-rail" aria-label="Views">
      <ul>
        {views.map((view) => {
          const current = route.view === view.id;
          const shortcut = shortcutLabel(`Mod+${view.digit}`);
          return (
            <li key={view.id}>
              <a
                href={`#/${view.id}`}
                className="nav-item"
                aria-current={current ? 'page' : undefined}
                aria-disabled={disabled || undefined}
                aria-keyshortcuts={`Control+${view.digit}`}
                title={`${view.label} (${shortcut})`}
                onClick={(event) => {
                  event.preventDefault();
                  if (!disabled) navigate({ view: view.id, rest: [] });
                }}
              >
                <Icon name={view.id} size={22} />
                <span className="nav-label">{view.label}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
