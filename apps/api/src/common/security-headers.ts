import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * The content security policy of the web app and the API. Scripts only from this origin (no inline script, no
 * eval). Styles may be inline: antd 6 writes its CSS-in-JS into <style> elements at run time. Images and the PDF
 * preview frame may be blob: URLs (a fetched attachment shown in place). Nobody may frame the app.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'frame-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Strict-Transport-Security: one year, subdomains too. Only on requests that arrived over TLS. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Security headers on every answer (API, web app, OpenAPI page): CSP, X-Frame-Options DENY, nosniff,
 * Referrer-Policy no-referrer, and HSTS only when the request came over TLS — directly, or through a proxy
 * trusted by TRUST_PROXY that says so in X-Forwarded-Proto (req.secure). A plain-HTTP deployment (a laptop,
 * the tests) must not pin browsers to HTTPS.
 */
export function securityHeaders(): RequestHandler[] {
  const headers = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  const hsts = (req: Request, res: Response, next: NextFunction) => {
    if (req.secure) res.setHeader('Strict-Transport-Security', HSTS);
    next();
  };
  return [headers, hsts];
}
