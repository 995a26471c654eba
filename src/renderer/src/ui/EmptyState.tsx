import type { ReactNode } from 'react';
import { Icon, type IconName } from './icons';

/** Empty states teach: what the view holds, and the one action that starts it (UI.md). */
export function EmptyState(props: { icon: IconName; title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section className="empty-state" aria-label={props.title}>
      <div className="empty-state-icon">
        <Icon name={props.icon} size={36} />
      </div>
      <h2>{props.title}</h2>
      <p>{props.children}</p>
      {props.action ? <div className="empty-state-action">{props.action}</div> : null}
    </section>
  );
}
