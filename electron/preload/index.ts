import { contextBridge, ipcRenderer } from 'electron';
import { buildMobesApi } from './buildApi';

// The whole preload: expose the typed API and nothing else (no ipcRenderer, no process, no env).
// The Window type augmentation lives in shared/ipc/window.d.ts.
contextBridge.exposeInMainWorld('mobes', buildMobesApi(ipcRenderer));
