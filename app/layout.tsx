import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';
import { Disclaimer } from '@/components/disclaimer';
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

export default function RootLayout({ children }: { children: ReactNode }) {
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
      </body>
    </html>
  );
}
