import { describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, methodChannel, methodNames } from '../shared/contract';
import { createBridge, type IpcRendererLike } from './bridge';

function fakeIpc() {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const ipc: IpcRendererLike & { emit(channel: string, event: unknown, payload: unknown): void } = {
    invoke: vi.fn(async () => ({ ok: true, value: null })),
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
    emit: (channel, event, payload) => listeners.get(channel)?.forEach((listener) => listener(event, payload)),
  };
  return ipc;
}

describe('the preload bridge', () => {
  it('has exactly one function per contract method and nothing generic', () => {
    const bridge = createBridge(fakeIpc());
    expect(Object.keys(bridge).sort()).toEqual(['methods', 'onEvent']);
    expect(Object.keys(bridge.methods).sort()).toEqual([...methodNames].sort());
    expect(Object.values(bridge.methods).every((method) => typeof method === 'function')).toBe(true);
  });

  it("calls each method on that method's own channel", async () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc);
    await bridge.methods['sources.get']({ id: 3 });
    expect(ipc.invoke).toHaveBeenCalledWith(methodChannel('sources.get'), { id: 3 });
  });

  it('hands listeners the payload only, never the IPC event, and unsubscribes', () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc);
    const received: unknown[][] = [];
    const unsubscribe = bridge.onEvent((...args) => received.push(args));
    const payload = { type: 'task.finished', taskId: 't', outcome: 'done' };
    ipc.emit(EVENT_CHANNEL, { sender: 'secret', ports: [] }, payload);
    unsubscribe();
    ipc.emit(EVENT_CHANNEL, { sender: 'secret' }, payload);
    expect(received).toEqual([[payload]]);
  });
});
