import type { ViewDefinition } from '../app/views';
import { EmptyState } from '../ui/EmptyState';

/** A view whose feature has not landed yet: it still says what it will hold. */
export function PlaceholderView({ view }: { view: ViewDefinition }) {
  return (
    <EmptyState icon={view.id} title={view.emptyTitle}>
      {view.emptyText}
    </EmptyState>
  );
}
