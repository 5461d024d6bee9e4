import { inject } from 'vitest';

// Runs before each integration test file, so lib/db.ts connects to the throwaway database.
process.env.DATABASE_URL = inject('databaseUrl');
