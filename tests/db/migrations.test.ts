import { describe, expect, inject, it } from 'vitest';
import { providerFor } from '@/lib/database-url';
import { runScript } from '../support/prepare';

describe('migrations', () => {
  it('make exactly the schema in prisma/schema.prisma, and the PostgreSQL schema is derived from it', () => {
    const url = inject('databaseUrl');
    // On a PostgreSQL run the test database's server renders the PostgreSQL SQL too.
    const env: Record<string, string> = providerFor(url) === 'postgresql' ? { MIGRATION_POSTGRES_URL: url } : {};
    const output = runScript('check-migrations.ts', url, [], env);
    expect(output).toMatch(/^Migrations match the schema/);
  });
});
