import './zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { embeddedApi } from '../shared/embeddedApi';
import { MissingBridge } from '../shared/MissingBridge';
import { AppShell } from './AppShell';
import '../styles/base.css';
import './app.css';

const api = embeddedApi();
createRoot(document.getElementById('root')!).render(
  <StrictMode>{api ? <AppShell api={api} /> : <MissingBridge />}</StrictMode>,
);
