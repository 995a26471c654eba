import { RecentList } from '../../app/RecentList';
import { useWorkspace } from '../../app/workspace';
import { Icon } from '../../ui/icons';

/** Shown when no investigation is open: the three ways to begin, and the recent files. */
export function StartScreen() {
  const workspace = useWorkspace();
  return (
    <main className="start-screen" aria-labelledby="start-title">
      <h1 id="start-title">Start an investigation</h1>
      <p className="start-lead">
        Sourcebook keeps your sources, the quotes and claims you tag in them, your notes and your fact-checks in one
        file on this computer. It works offline.
      </p>
      <div className="start-actions">
        <button type="button" className="start-card" onClick={() => workspace.openDialog('new')}>
          <Icon name="sources" size={28} />
          <strong>New investigation</strong>
          <span>An empty file for a new story.</span>
        </button>
        <button type="button" className="start-card" onClick={() => void workspace.chooseAndOpen()}>
          <Icon name="file" size={28} />
          <strong>Open…</strong>
          <span>A .sourcebook file you or a colleague made.</span>
        </button>
        <button type="button" className="start-card" onClick={() => void workspace.openSample()}>
          <Icon name="sample" size={28} />
          <strong>Open the sample</strong>
          <span>A news story to practise on, with quotes, people, money and dates.</span>
        </button>
      </div>
      <RecentList excludeOpen={false} headingLevel="h2" />
    </main>
  );
}
