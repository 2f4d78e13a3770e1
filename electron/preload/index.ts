import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('aterges', { version: 1 });
