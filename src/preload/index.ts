import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  EVENT_CHANNEL,
  methodChannel,
  methodNames,
  type AppEvent,
  type SourcebookBridge,
} from '../shared/contract';

// One narrow function per contract method: the renderer can reach these channels and no other.
const bridgeMethods = Object.fromEntries(
  methodNames.map((name) => [name, (params: unknown) => ipcRenderer.invoke(methodChannel(name), params)]),
) as SourcebookBridge['methods'];

const bridge = {
  methods: bridgeMethods,
  onEvent(listener: (event: AppEvent) => void): () => void {
    // The IPC event object carries `sender` and ports: never hand it to the page.
    const forward = (_event: IpcRendererEvent, payload: AppEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
} satisfies SourcebookBridge;

contextBridge.exposeInMainWorld('sourcebook', bridge);
