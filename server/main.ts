/**
 * `npm run serve`: serve an existing build (dist/) with the API.
 * `npm start` (scripts/start.ts) builds first when needed, then runs the same start-up code.
 */
import { loadConfig } from './config';
import { installShutdownHandlers, reportStartFailure, startServer } from './start-server';

try {
  installShutdownHandlers(await startServer(loadConfig()));
} catch (error) {
  reportStartFailure(error);
}
