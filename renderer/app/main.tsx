import './zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MissingBridge } from '../shared/MissingBridge';
import { AppShell } from './AppShell';
import '../styles/base.css';
import './app.css';

const api = window.mobes;
createRoot(document.getElementById('root')!).render(
  <StrictMode>{api ? <AppShell api={api} /> : <MissingBridge />}</StrictMode>,
);
