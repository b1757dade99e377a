import { parseArgs } from 'node:util';
import { emailProblem } from '../../src/domain/email';
import { passwordProblem } from '../../src/domain/password-rules';
import { commonPasswords } from '../auth/common-passwords';
import { generatePassword } from '../auth/password';
import { StaffDirectory } from '../auth/staff-directory';
import { databaseLocationFromEnv, openDatabase } from '../sql/database';
import { migrateToLatest } from '../sql/migrate';

const usage = `Creates a staff user who can sign in to the console (and the MSP, if it is new).

  npm run create-staff -- --msp "Acme IT" --email alex@acme-it.com [--name "Alex Doe"]

The password is read from STAFF_PASSWORD, or generated and printed once.
The database is the server's: DATABASE_URL, or PGlite in DATA_DIR (default ./.data).
Stop a server that uses the same DATA_DIR first: PGlite serves one process at a time.`;

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'msp';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      msp: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.msp?.trim() || !values.email?.trim()) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  const problem = emailProblem(values.email);
  if (problem) {
    console.error(`${problem} (got ${values.email}).`);
    return 2;
  }
  const fromEnv = process.env.STAFF_PASSWORD;
  // The same rule as the setup page, invites and password changes.
  const passwordRefusal = fromEnv === undefined ? null : passwordProblem(fromEnv, commonPasswords());
  if (passwordRefusal) {
    console.error(`STAFF_PASSWORD: ${passwordRefusal}.`);
    return 2;
  }
  const password = fromEnv ?? generatePassword();

  const database = await openDatabase(databaseLocationFromEnv());
  try {
    await migrateToLatest(database.db);
    const directory = new StaffDirectory(database.db);
    const mspName = values.msp.trim();
    const msp = await directory.findMspByName(mspName);
    const mspId = msp?.id ?? `${slug(mspName)}-${Date.now().toString(36)}`;
    const created = await directory.createStaff({ mspId, mspName, email: values.email, name: values.name, password });
    if (!created.ok) {
      console.error(`A staff user with the email ${values.email} already exists.`);
      return 1;
    }
    console.log(`Created ${values.email.trim()} for ${mspName}${msp ? '' : ' (a new MSP)'}.`);
    if (fromEnv === undefined) console.log(`Password: ${password}\nIt is shown only now; keep it somewhere safe.`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
