/**
 * `npm start`: one command for a fresh checkout or a server after `git pull`.
 * Rebuilds the front end when dist/ is missing or older than its sources, then
 * starts the same server as `npm run serve`.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleBuildReason } from '../server/build-freshness';
import { loadConfig } from '../server/config';
import { installShutdownHandlers, reportStartFailure, startServer, StartupError } from '../server/start-server';

const rootDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * Runs the project's own Vite (what `npx vite build` resolves to) with Node
 * directly: no npx registry lookup, which matters offline, and no shell
 * quoting differences between platforms.
 */
function viteBuild(): Promise<void> {
  const require = createRequire(import.meta.url);
  const viteBin = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [viteBin, 'build'], { cwd: rootDir, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new StartupError(`vite build failed (${signal ?? `exit code ${code}`}); not starting the server.`));
    });
  });
}

async function start(): Promise<void> {
  const config = loadConfig(process.env, rootDir);
  const defaultDist = path.join(rootDir, 'dist');

  if (path.resolve(config.distDir) === defaultDist) {
    const reason = staleBuildReason(rootDir, defaultDist);
    if (reason !== null) {
      console.log(`Building the front end: ${reason}.`);
      await viteBuild();
    }
  } else {
    // Vite only writes ./dist; a custom DIST_DIR is someone else's build to manage.
    console.log(`DIST_DIR=${config.distDir}: serving it as is, not building.`);
  }

  installShutdownHandlers(await startServer(config));
}

try {
  await start();
} catch (error) {
  reportStartFailure(error);
}
