import { databaseLocationFromEnv } from './sql/database';
import { startLiveServer } from './node/live-server';
import { consoleUrlFromTemplate } from './app/console-url';

/**
 * `npm start`: the console and its API in live mode on one port.
 * PORT (3000), HOST (all interfaces), DATABASE_URL (else PGlite in DATA_DIR, ./.data), DIST_DIR (dist),
 * CUSTOMER_CONSOLE_URL (where "Open account" leads, with {accountNumber}; else the built-in stand-in page).
 */
async function main() {
  const database = databaseLocationFromEnv();
  const server = await startLiveServer({
    database,
    port: Number(process.env.PORT ?? 3000),
    hostname: process.env.HOST || undefined,
    distDir: process.env.DIST_DIR ?? 'dist',
    consoleUrlFor: consoleUrlFromTemplate(process.env.CUSTOMER_CONSOLE_URL),
    trustProxy: process.env.TRUST_PROXY === '1',
    sampleData: process.env.SAMPLE_DATA === '1',
    // Several processes behind one load balancer must share it, or a token is redeemable only where it was minted.
    ...(process.env.OPEN_ACCOUNT_SECRET
      ? { tokenSecret: new Uint8Array(Buffer.from(process.env.OPEN_ACCOUNT_SECRET, 'utf8')) }
      : {}),
  });
  const where = database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${database.dataDir}`;
  console.log(`MSP Command Center (live) at ${server.url}, data in ${where}`);
  if (server.seeded) {
    // Printed on the first start only: the passwords are stored hashed and cannot be shown again.
    console.log('\nSAMPLE_DATA: two sample MSPs were created. Sign in with:');
    for (const staff of server.seeded) console.log(`  ${staff.mspName}: ${staff.email}  password: ${staff.password}`);
    console.log('Keep these now; they are not shown again. Add staff with: npm run create-staff -- --help\n');
  }
  if (server.setupCode) {
    // Until the first Admin exists: the setup page, open from this machine, and from others with the code.
    console.log(`\nFirst start: open ${server.url}/setup to create your MSP and its first Admin.`);
    console.log(`From another machine, the setup page asks for this code: ${server.setupCode}`);
    console.log('(For sample data instead, stop the server, delete the data and run SAMPLE_DATA=1 npm start.)\n');
  }

  const stop = (signal: string) => {
    console.log(`${signal}: stopping`);
    void server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
