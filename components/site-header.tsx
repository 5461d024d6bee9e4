import Link from 'next/link';
import { HeaderDifferentialLink } from './header-differential-link';

const LINKS = [
  { href: '/causes', label: 'Causes' },
  { href: '/findings', label: 'Findings' },
  { href: '/tests', label: 'Tests' },
  { href: '/treatments', label: 'Treatments' },
  { href: '/advice', label: 'Advice' },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        NumbDx
      </Link>
      <nav aria-label="Main">
        <ul>
          <li>
            <HeaderDifferentialLink />
          </li>
          {LINKS.map((link) => (
            <li key={link.href}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
