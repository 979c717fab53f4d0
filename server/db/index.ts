export { openDatabase, DATABASE_FILENAME, type Db } from './open-database';
export { runMigrations, appliedMigrations, type MigrationResult } from './migrate';
export { migrations, type Migration } from './migrations';
