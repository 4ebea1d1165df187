// The workbench HTML page: SLDS from @salesforce-ux/design-system, the sample
// users per role, the org clock's offset and force-app's list views as JSON
// (read by the session and clock modules), and the bundle.
/** JSON safe inside a <script> element. */
export const escapeJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

export function renderPage({ users, clockOffsetMs = 0, listViews = {} }) {
    return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MA成熟度 ワークベンチ / MA maturity workbench</title>
<link rel="stylesheet" href="/slds/styles/salesforce-lightning-design-system.min.css">
<script id="wb-config" type="application/json">${escapeJson({ users, apiBase: '/services/data/v62.0', clockOffsetMs, listViews })}</script>
</head>
<body>
<div id="root"><p style="padding:1rem">Loading…</p></div>
<script type="module" src="/app.js"></script>
</body>
</html>
`;
}
