import { describeStoreContract } from './describe-store-contract';
import { describeContactStoreContract } from './contacts';
import { makeSqliteStores } from './fixture';

describeStoreContract('SQLite', makeSqliteStores());
// Group commit changes how batches reach the disk, not what they do.
describeContactStoreContract('SQLite without group commit', makeSqliteStores({ groupCommit: false }));
