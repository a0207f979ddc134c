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
  const hub = await startHub(config, log);
  if (hub.demoAccounts.length) printDemoAccounts(hub.demoAccounts, log);
  log.info(`Hub ready: dashboard ${hub.url}/  API ${hub.url}/graphql  health ${hub.url}/healthz`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received, stopping...`);
    try {
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
}

main().catch((err) => {
  log.error('The hub could not start:', err instanceof Error ? err.message : err);
  if (process.env.DEBUG) console.error(err);
  process.exit(1);
});
