// The preview page: the portal's users and the project's extensions as JSON
// (read by the host), the host bundle and its CSS. Language and user follow
// the workbench's switches (its localStorage), read by the host on load.
import { escapeJson } from '../server/page.mjs';

export function renderPreviewPage(config) {
    return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>HubSpot ローカルプレビュー / HubSpot local preview</title>
<link rel="stylesheet" href="/hubspot/assets/host.css">
<script id="hs-config" type="application/json">${escapeJson(config)}</script>
</head>
<body>
<div id="root"><p>Loading…</p></div>
<script type="module" src="/hubspot/assets/host.js"></script>
</body>
</html>
`;
}
