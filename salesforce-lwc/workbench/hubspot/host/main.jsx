// The preview page: reads the portal and the project's extensions embedded by
// the server, and the workbench's user and language (its localStorage, the
// same origin), then draws the HubSpot-like page.
import { createRoot } from 'react-dom/client';
import { PreviewApp } from './app.jsx';
import './preview.css';

const ROLES = ['marketing', 'insideSales', 'sales', 'admin'];

function stored(key, allowed, fallback) {
    try {
        const value = window.localStorage.getItem(key);
        return allowed.includes(value) ? value : fallback;
    } catch {
        return fallback;
    }
}

const config = JSON.parse(document.getElementById('hs-config').textContent);
const lang = stored('wb.lang', ['ja', 'en'], 'ja');
const role = stored('wb.role', ROLES, 'admin');
document.documentElement.lang = lang;
createRoot(document.getElementById('root')).render(<PreviewApp config={config} lang={lang} role={role} />);
