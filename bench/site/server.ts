/**
 * A static file server for a Docusaurus build, just enough for the benchmark:
 * `docusaurus serve` would do, but starts slower and needs a site config in
 * the folder it serves. Files are sent as they are, uncompressed; the
 * benchmark gzips bodies itself to count what a static host would send.
 */
import {createReadStream, statSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import {extname, join, normalize, sep} from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  /** Every path requested so far, in order: the evidence of what was fetched. */
  served: string[];
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1:`port` until `close()`. */
export async function serveStatic(
  root: string,
  port: number,
): Promise<StaticServer> {
  const served: string[] = [];
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(
      new URL(request.url ?? '/', 'http://localhost').pathname,
    );
    served.push(pathname);
    const file = resolveFile(root, pathname);
    const status = file ? 200 : 404;
    const sent = file ?? resolveFile(root, '/404.html');
    const type =
      CONTENT_TYPES[extname(sent ?? '')] ?? 'application/octet-stream';
    response.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-store',
    });
    if (!sent) {
      response.end('not found');
      return;
    }
    createReadStream(sent).pipe(response);
  });
  await listen(server, port);
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** The file a Docusaurus build serves at `pathname`, as a static host would. */
export function resolveFile(
  root: string,
  pathname: string,
): string | undefined {
  const relative = normalize(pathname).replace(/^([/\\])+/, '');
  if (relative.split(sep).includes('..')) return undefined;
  const base = join(root, relative);
  for (const candidate of [base, join(base, 'index.html'), `${base}.html`]) {
    if (isFile(candidate)) return candidate;
  }
  return undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}
