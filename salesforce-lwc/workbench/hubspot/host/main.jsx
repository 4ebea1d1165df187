// The preview page: reads the portal and the project's extensions embedded by
// the server, and the workbench's user and language (its own session module:
// the same localStorage, the same origin), then draws the HubSpot-like page.
import { createRoot } from 'react-dom/client';
import { lang, role } from '../../platform/internal/session.js';
import { PreviewApp } from './app.jsx';
import './preview.css';

const config = JSON.parse(document.getElementById('hs-config').textContent);
document.documentElement.lang = lang;
createRoot(document.getElementById('root')).render(<PreviewApp config={config} lang={lang} role={role} />);
