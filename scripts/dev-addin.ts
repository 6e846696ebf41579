import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { createServer } from 'vite';

/**
 * `npm run dev:addin`: the task pane on https://localhost:3000 with hot reload, using the certificates
 * office-addin-dev-certs installs (Office only loads add-ins over HTTPS). Run the backend beside it with
 * `ADDIN_ORIGINS=https://localhost:3000 npm start`.
 */
const dir = path.join(homedir(), '.office-addin-dev-certs');
const [cert, key] = ['localhost.crt', 'localhost.key'].map((f) => path.join(dir, f));
if (!existsSync(cert!) || !existsSync(key!)) {
  console.error(`No development certificate in ${dir}.\nInstall one (once per machine): npx office-addin-dev-certs install`);
  process.exit(1);
}
const server = await createServer({
  configFile: 'vite.addin.config.ts',
  server: { port: 3000, strictPort: true, https: { cert: readFileSync(cert!), key: readFileSync(key!) } },
});
await server.listen();
server.printUrls();
