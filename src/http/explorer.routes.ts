import path from 'node:path';
import express, { type Express } from 'express';
import { paths } from '../core/paths';

// The explorer: a static page (public/explorer/) that talks only to /graphql (HTTP, and WebSocket for live
// updates), with its libraries served from node_modules so it works offline and with no CDN.

const EXPLORER_DIR = paths.explorer;

const VENDOR = new Map<string, string>([
  ['cytoscape.min.js', path.join(path.dirname(require.resolve('cytoscape')), 'cytoscape.min.js')],
  ['chart.umd.min.js', path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js')],
  // The browser build (a UMD global, graphqlWs) beside the package's dist/.
  ['graphql-ws.min.js', path.join(path.dirname(require.resolve('graphql-ws')), '..', 'umd', 'graphql-ws.min.js')],
]);

// Everything the page loads comes from this server; the policy makes a stray CDN reference fail loudly.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Chart.js and cytoscape size their canvases with style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  // 'self' covers ws: to this host too (CSP 3): the live-update subscriptions.
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function registerExplorerRoutes(app: Express): void {
  app.use('/explorer', (_req, res, next) => {
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  app.get('/explorer/vendor/:file', (req, res, next) => {
    const file = VENDOR.get(req.params.file);
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  app.use('/explorer', express.static(EXPLORER_DIR, { index: 'index.html', maxAge: 0 }));
}
