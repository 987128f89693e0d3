/** Entry point: mount the app and start the model worker. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startModelSync } from './state/modelSync';
import { App } from './ui/App';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
startModelSync();
