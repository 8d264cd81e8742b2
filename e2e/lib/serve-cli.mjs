// `node e2e/lib/serve-cli.mjs <dir> <port>`: serve a built site on loopback, with the right MIME types for wasm.
import { serve } from './server.mjs';
const [dir = 'dist', port = '8080'] = process.argv.slice(2);
const server = await serve(dir, { port: Number(port) });
console.log(server.url);
