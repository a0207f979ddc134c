import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { consoleLogger as log } from './common/logger';
import { startHub } from './hub';
import { printDemoAccounts } from './demo/demo-data';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      log.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  // Handlers first: a Ctrl-C while starting waits for the database to be in a clean state.
  let stopping = false;
  const starting = startHub(config, log);
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received, stopping...`);
    try {
      const hub = await starting;
      await hub.stop();
      log.info('Stopped cleanly.');
      process.exit(0);
    } catch (err) {
      log.error('Error while stopping:', err);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const hub = await starting;
  if (stopping) return;
  if (hub.demoAccounts.length) printDemoAccounts(hub.demoAccounts, log);
  log.info(`Hub ready: dashboard ${hub.url}/  API ${hub.url}/graphql  health ${hub.url}/healthz`);
}

main().catch((err) => {
  log.error('The hub could not start:', err instanceof Error ? err.message : err);
  if (process.env.DEBUG) console.error(err);
  process.exit(1);
});
