import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MissingBridge } from '../shared/MissingBridge';
import { BreakApp } from './BreakApp';
import '../styles/base.css';
import './break.css';
import './figures/figures.css';

const api = window.mobes;
createRoot(document.getElementById('root')!).render(
  <StrictMode>{api ? <BreakApp api={api} /> : <MissingBridge />}</StrictMode>,
);
