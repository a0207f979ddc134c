import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './common/logger';
import { startHub } from './hub';
import { printDemoAccounts } from './demo/demo-data';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      // For the person starting the hub: plain lines, before any log settings are known.
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger({ level: config.logLevel, format: config.logFormat });
  // Handlers first: a Ctrl-C while starting waits for the database to be in a clean state.
  let stopping = false;
  const starting = startHub(config, log);
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received, stopping: not ready, finishing requests in flight, closing the database`);
    try {
      const hub = await starting;
      await hub.stop();
      log.info('Stopped cleanly.');
      process.exit(0);
    } catch (err) {
      log.error('Error while stopping', err);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const hub = await starting.catch((err) => {
    log.error(`The hub could not start: ${err instanceof Error ? err.message : String(err)}`, process.env.DEBUG ? err : undefined);
    process.exit(1);
  });
  if (stopping) return;
  if (hub.demoAccounts.length) printDemoAccounts(hub.demoAccounts, log);
  const metrics = hub.metricsPort !== null ? `  metrics :${hub.metricsPort}/metrics` : config.metricsToken ? `  metrics ${hub.url}/metrics` : '';
  log.info(`Hub ready: dashboard ${hub.url}/  API ${hub.url}/graphql  health ${hub.url}/healthz  readiness ${hub.url}/readyz${metrics}`);
}

void main();
