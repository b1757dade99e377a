// Live mode, from an empty database: the setup page makes the MSP and its Admin; the Admin invites a
// technician, who joins through the invite link (in a browser of their own), is assigned two accounts and
// sees exactly those two; put in a team the third account is assigned to, they see it too, and no longer once
// taken out of the team; the Admin deactivates them, and their open page is signed out on its next request.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventually, rootDir, startLiveServer } from './support.mjs';

export const name = 'team: setup, invite a technician, assign two accounts, they see those two, deactivate, signed out';

const admin = {
  msp: 'Team Test MSP',
  name: 'Ada Admin',
  email: 'ada@team-test.example',
  password: 'team test admin phrase',
};
const tech = { name: 'Tom Technician', email: 'tom@team-test.example', password: 'team test tech phrase' };

export default async function team({ page, screenshot }) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'mcc-team-browser-'));
  let server;
  let techContext;
  try {
    server = startLiveServer(dataDir);
    const baseUrl = await server.url;
    await eventually(() => assert.match(server.log(), /setup page asks for this code: [A-Z2-9]{4}-[A-Z2-9]{4}/));

    // An empty database: the console opens the one-time setup page.
    await page.goto(`${baseUrl}/paid`);
    await page.getByRole('heading', { level: 1, name: 'Set up your Command Center' }).waitFor({ timeout: 30_000 });
    await page.getByRole('textbox', { name: 'MSP name' }).fill(admin.msp);
    await page.getByRole('textbox', { name: 'Your name' }).fill(admin.name);
    await page.getByRole('textbox', { name: 'Email address' }).fill(admin.email);
    await page.getByLabel('Password').fill('password12345');
    await page.getByRole('button', { name: 'Create MSP and Admin' }).click();
    await page.getByText('This password is too common').waitFor();
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Create MSP and Admin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Paid Subscriptions' }).waitFor();

    // Three trials; the technician will be given two of them.
    const created = [];
    for (const organizationName of ['Assigned Alpha Ltd', 'Assigned Beta Ltd', 'Not Assigned Gamma Ltd']) {
      const response = await page.request.post(`${baseUrl}/api/v1/accounts`, {
        data: { organizationName, email: `${organizationName.split(' ')[1].toLowerCase()}@customers.example` },
      });
      assert.equal(response.status(), 201, await response.text());
      created.push(await response.json());
    }

    // Invite the technician from the Team page; the link is shown once.
    await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Team' }).click();
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
    await page.getByRole('textbox', { name: 'Email address' }).fill(tech.email);
    await page.getByRole('combobox', { name: 'Role', exact: true }).selectOption('technician');
    await page.getByRole('button', { name: 'Create invite link' }).click();
    const link = await page.getByRole('textbox', { name: 'Invite link' }).inputValue();
    assert.match(link, /\/invite\/[\w-]{43}$/);
    await screenshot('team-invited');

    // The technician, in a browser of their own, joins through the link.
    techContext = await page
      .context()
      .browser()
      .newContext({ viewport: { width: 390, height: 844 } });
    const techPage = await techContext.newPage();
    await techPage.goto(link);
    await techPage.getByRole('heading', { level: 1, name: `Join ${admin.msp}` }).waitFor();
    await techPage.getByRole('textbox', { name: 'Your name' }).fill(tech.name);
    await techPage.getByLabel('Password').fill(tech.password);
    await techPage.getByRole('button', { name: 'Join and sign in' }).click();
    await techPage.getByRole('heading', { level: 1, name: 'Paid Subscriptions' }).waitFor();

    // The Admin assigns two accounts (the assignment API of the roles work).
    const session = await (await techPage.request.get(`${baseUrl}/api/v1/session`)).json();
    assert.equal(session.staff.role, 'technician');
    for (const account of created.slice(0, 2)) {
      const response = await page.request.put(
        `${baseUrl}/api/v1/accounts/${account.accountNumber}/assignments/${session.staff.id}`,
      );
      assert.ok(response.ok(), `assigning ${account.accountNumber}: ${response.status()} ${await response.text()}`);
    }

    // The technician sees exactly those two.
    await techPage.goto(`${baseUrl}/trials?view=list`);
    await techPage.getByRole('heading', { level: 1, name: 'Active Trials' }).waitFor();
    await eventually(async () => {
      const text = await techPage.getByRole('main').innerText();
      assert.match(text, /Assigned Alpha Ltd/);
      assert.match(text, /Assigned Beta Ltd/);
      assert.doesNotMatch(text, /Not Assigned Gamma Ltd/);
    });
    const trials = await (await techPage.request.get(`${baseUrl}/api/v1/accounts?status=trial`)).json();
    assert.deepEqual(trials.items.map((account) => account.organizationName).sort(), [
      'Assigned Alpha Ltd',
      'Assigned Beta Ltd',
    ]);
    await screenshot('team-technician-view');
    await techPage.screenshot({
      path: path.join(rootDir, 'tests/browser/artifacts/team-technician-390.png'),
      fullPage: true,
    });

    // Teams: the Admin makes a team, puts the technician in it and assigns the third account to the team.
    await page.reload();
    await page.getByRole('textbox', { name: 'Team name' }).fill('Night shift');
    await page.getByRole('button', { name: 'Create team' }).click();
    const teams = page.getByRole('list', { name: 'Teams' });
    await teams
      .getByRole('combobox', { name: 'Add a member to Night shift' })
      .selectOption({ label: `${tech.name} (Technician)` });
    await teams.getByRole('button', { name: 'Add to Night shift' }).click();
    await teams.getByRole('list', { name: 'Members of Night shift' }).getByText(tech.name).waitFor();
    await page.goto(`${baseUrl}/accounts/${created[2].accountNumber}`);
    const assignedTeams = page.getByRole('region', { name: 'Assigned teams' });
    await assignedTeams.getByLabel('Assign to team').selectOption({ label: 'Night shift' });
    await assignedTeams.getByRole('button', { name: 'Assign to team' }).click();
    await assignedTeams.getByRole('list', { name: 'Assigned teams' }).getByText('Night shift').waitFor();

    // The technician sees it through the team; taken out of the team, they no longer do.
    const techTrials = async () =>
      (await (await techPage.request.get(`${baseUrl}/api/v1/accounts?status=trial`)).json()).items
        .map((account) => account.organizationName)
        .sort();
    await techPage.reload();
    await eventually(async () => assert.match(await techPage.getByRole('main').innerText(), /Not Assigned Gamma Ltd/));
    assert.deepEqual(await techTrials(), ['Assigned Alpha Ltd', 'Assigned Beta Ltd', 'Not Assigned Gamma Ltd']);
    await page.goto(`${baseUrl}/team`);
    await page.getByRole('button', { name: `Remove ${tech.name} from Night shift` }).click();
    await page.getByRole('list', { name: 'Teams' }).getByText('No members yet.').waitFor();
    await techPage.reload();
    await techPage.getByRole('heading', { level: 1, name: 'Active Trials' }).waitFor();
    await eventually(async () => {
      const text = await techPage.getByRole('main').innerText();
      assert.match(text, /Assigned Alpha Ltd/);
      assert.doesNotMatch(text, /Not Assigned Gamma Ltd/);
    });
    assert.deepEqual(await techTrials(), ['Assigned Alpha Ltd', 'Assigned Beta Ltd']);
    await screenshot('team-teams');

    // The Admin deactivates them; the technician's open page is signed out on its next request.
    await page.reload();
    await page.getByRole('button', { name: `Deactivate ${tech.name}` }).click();
    await page.getByRole('button', { name: `Confirm deactivation of ${tech.name}` }).click();
    await page
      .getByRole('row', { name: new RegExp(tech.name) })
      .getByText('Deactivated')
      .waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot('team-390');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot('team-1440-dark');

    await techPage
      .getByRole('navigation', { name: 'Dashboard' })
      .getByRole('link', { name: /^Expired Trials/ })
      .click();
    await techPage.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    // The staff events on Activity say what happened.
    await page.goto(`${baseUrl}/activity/staff`);
    await page.getByRole('table', { name: 'Staff and sign-in events' }).waitFor();
    await page.getByText(`Deactivated ${tech.name} (${tech.email}); their sessions ended`).waitFor();
    await page.getByText(`Invited ${tech.email} as Technician`).waitFor();
    await screenshot('staff-events-dark');
  } finally {
    await techContext?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
