import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { embeddedApi } from '../shared/embeddedApi';
import { MissingBridge } from '../shared/MissingBridge';
import { WelcomePage } from './WelcomePage';
import '../styles/base.css';
import './welcome.css';

const api = embeddedApi();
createRoot(document.getElementById('root')!).render(
  <StrictMode>{api ? <WelcomePage api={api} /> : <MissingBridge />}</StrictMode>,
);
