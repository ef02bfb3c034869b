import { loadConfig } from './config';
import { createApp, DEMO_PASSWORD, NoAdministratorError } from './app';

/** Starts the Bluelamp server and runs until SIGINT/SIGTERM (entry points: main.ts, `bluelamp serve`). */
export async function main(): Promise<void> {
  const config = loadConfig();
  let running;
  try {
    running = await createApp(config);
  } catch (error) {
    if (error instanceof NoAdministratorError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const { app, close } = running;
  await app.listen({ port: config.port, host: config.host });
  const where = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${config.port}`;
  app.log.info({ url: where, database: running.deps.database.kind, demo: config.demo }, 'Bluelamp is listening');
  if (config.demo && process.stdout.isTTY) {
    console.log(`\nBluelamp demo force: ${where}\nSign in as demo.admin, demo.callhandler, demo.dispatcher, ... with password ${DEMO_PASSWORD}\n`);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    await close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
