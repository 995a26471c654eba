import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApi } from './api-context';

export interface RunningTask {
  taskId: string;
  label: string;
  done: number;
  total: number;
}

const TasksContext = createContext<RunningTask[]>([]);

/** Follows task.progress / task.finished events so the status area can show and cancel them. */
export function TasksProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [tasks, setTasks] = useState<Map<string, RunningTask>>(new Map());
  // A task whose end was missed while the event stream was down would show forever; one
  // still running reports progress again within a moment.
  useEffect(
    () =>
      api.onConnectionChange((state) => {
        if (state === 'open') setTasks(new Map());
      }),
    [api],
  );
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'task.progress') {
          setTasks((all) => new Map(all).set(event.taskId, { ...event }));
        } else if (event.type === 'task.finished') {
          setTasks((all) => {
            const next = new Map(all);
            next.delete(event.taskId);
            return next;
          });
        }
      }),
    [api],
  );
  const list = useMemo(() => [...tasks.values()], [tasks]);
  return <TasksContext.Provider value={list}>{children}</TasksContext.Provider>;
}

export function useRunningTasks(): RunningTask[] {
  return useContext(TasksContext);
}

export function newTaskId(): string {
  return crypto.randomUUID();
}
