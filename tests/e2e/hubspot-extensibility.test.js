// A new card, a settings page and a new app function appear in the preview
// without a change to it: a copy of the HubSpot project with the three added
// (only hsmeta files and their entry files, as a developer adds them) is
// previewed through MA_HUBSPOT_SRC. The new card calls the new function,
// which answers the context it received and whose token it runs with (the
// signed-in user's); the settings page holds a component the preview does
// not draw, shown as a labelled box with its content.
const { cpSync, mkdirSync, rmSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { repoRoot } = require('./support/workbench');
const { useSession } = require('./support/session');
const { seriousViolations, screenshot } = require('./support/browser');
const { expectText } = require('./support/lightning');
const { byTestId, openCompanyCard, openPreview } = require('./support/hubspot');

// Inside the repository, so the copy's imports (@hubspot/ui-extensions, React) resolve as the project's do.
const root = path.join(repoRoot, 'test-artifacts', `hubspot-project-${process.pid}`);
const src = path.join(root, 'src');

const FILES = {
    'app/cards/Probe-hsmeta.json': JSON.stringify({ uid: 'probe_card', type: 'card', config: { name: 'プローブ / Probe', description: 'test', location: 'crm.record.tab', entrypoint: '/app/cards/Probe.tsx', objectTypes: ['COMPANY'] } }),
    'app/cards/Probe.tsx': `
import { useEffect, useState } from 'react';
import { Flex, Heading, Text, hubspot } from '@hubspot/ui-extensions';

function Probe({ email }: { email: string }) {
  const [answer, setAnswer] = useState('…');
  useEffect(() => {
    hubspot
      .serverless('probe-context', { parameters: { from: 'probe' }, propertiesToSend: ['name'] })
      .then((value) => setAnswer(JSON.stringify(value)), (error: Error) => setAnswer('error: ' + error.message));
  }, []);
  return (
    <Flex direction="column" gap="sm">
      <Heading>Probe</Heading>
      <Text testId="probe-user">{email}</Text>
      <Text testId="probe-answer">{answer}</Text>
    </Flex>
  );
}

hubspot.extend<'crm.record.tab'>(({ context }) => <Probe email={context.user.email} />);
`,
    'app/functions/probe-context-hsmeta.json': JSON.stringify({ uid: 'probe-context', type: 'app-function', config: { entrypoint: '/app/functions/probe-context.js', secretKeys: [] } }),
    'app/functions/probe-context.js': `
// Whose token the call runs with, as HubSpot's token metadata says (the local CRM answers it).
exports.main = async (context) => {
  const token = context.secrets.PRIVATE_APP_ACCESS_TOKEN;
  const response = await fetch(process.env.MA_CRM_BASE_PATH + '/oauth/v1/access-tokens/' + token, { headers: { authorization: 'Bearer ' + token } });
  const metadata = await response.json();
  return {
    keys: Object.keys(context).sort(),
    parameters: context.parameters,
    propertiesToSend: context.propertiesToSend,
    tokenUser: metadata.user,
    userLevel: metadata.signed_access_token.isUserLevel,
    appToken: token === process.env.PRIVATE_APP_ACCESS_TOKEN,
  };
};
`,
    'app/settings/settings-hsmeta.json': JSON.stringify({ uid: 'probe_settings', type: 'settings', config: { entrypoint: '/app/settings/SettingsPage.tsx' } }),
    'app/settings/SettingsPage.tsx': `
import { Text, hubspot } from '@hubspot/ui-extensions';
import { MediaObject, SettingsView } from '@hubspot/ui-extensions/experimental';

hubspot.extend<'settings'>(({ context }) => (
  <SettingsView>
    <Text testId="settings-user">{context.user.firstName}</Text>
    <MediaObject>
      <Text testId="inside-unsupported">drawn inside the box</Text>
    </MediaObject>
  </SettingsView>
));
`,
};

// The copy is written before the session's workbench starts over it (hooks run in order).
beforeAll(() => {
    rmSync(root, { recursive: true, force: true });
    cpSync(path.join(repoRoot, 'hubspot-app', 'src'), src, { recursive: true, filter: (from) => !from.includes('node_modules') });
    for (const [file, text] of Object.entries(FILES)) {
        mkdirSync(path.dirname(path.join(src, file)), { recursive: true });
        writeFileSync(path.join(src, file), text);
    }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const session = useSession({ env: { MA_HUBSPOT_SRC: src, MA_HUBSPOT_DIST: path.join(root, 'dist') } });
let page;
let workbench;
let browser;

beforeAll(async () => {
    ({ workbench, browser } = session);
    page = await browser.newPage();
});

test('a new card appears on its record, and the new function it calls gets the 2026.03 context', async () => {
    await openPreview(page, workbench.url, { role: 'marketing' });
    const probe = await openCompanyCard(page, 'probe_card');
    await expectText(byTestId(probe, 'probe-user'), /^marketing@toho-seiki\.example$/);
    await expectText(byTestId(probe, 'probe-answer'), /^\{/);
    const answer = JSON.parse(await byTestId(probe, 'probe-answer').innerText());
    expect(answer).toEqual({
        keys: ['event', 'parameters', 'propertiesToSend', 'secrets'],
        parameters: { from: 'probe' },
        propertiesToSend: { name: '東邦精機株式会社 産業機器事業部' },
        // The call runs with the signed-in user's own user-level token, not the app's.
        tokenUser: 'marketing@toho-seiki.example',
        userLevel: true,
        appToken: false,
    });
    // The project's own cards are still all there.
    expect(await page.locator('.hsp-record-tabs a').count()).toBe(6);
    expect(browser.errors).toEqual([]);
});

test('a settings page appears, and a component the preview does not draw is a labelled box with its content', async () => {
    await openPreview(page, workbench.url, { role: 'admin' });
    await page.getByRole('link', { name: 'アプリの設定' }).click();
    const settings = page.locator('[data-testid="settings-page"]');
    await expectText(byTestId(settings, 'settings-user'), /由紀/);
    const box = settings.locator('[data-component="MediaObject"]');
    await expectText(box, /MediaObject/);
    await expectText(byTestId(box, 'inside-unsupported'), /drawn inside the box/);
    expect(await box.getAttribute('role')).toBe('group');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'hubspot-settings-probe');
    expect(browser.errors).toEqual([]);
});
