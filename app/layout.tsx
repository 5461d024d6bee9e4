import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';
import { Disclaimer } from '@/components/disclaimer';
import { ServiceWorkerRegistration } from '@/components/service-worker-registration';
import './globals.css';
import './clinician-ux.css';

export const metadata: Metadata = {
  title: { default: 'NumbDx — lower-limb numbness differential', template: '%s · NumbDx' },
  description: 'An open clinician reference for the differential diagnosis of numbness in the legs and feet.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page, the 404 included, renders per request: Next stamps that request's CSP nonce
  // (from proxy.ts) on its scripts, so no prerendered HTML may carry a stale one.
  await connection();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <Disclaimer />
        </footer>
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
