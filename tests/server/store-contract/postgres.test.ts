import { describeWithPg } from '../pg-harness';
import { describeStoreContract } from './describe-store-contract';
import { makePgStores } from './fixture';

describeWithPg('PostgreSQL store', () => describeStoreContract('PostgreSQL', makePgStores));
