import { describeStoreContract } from './describe-store-contract';
import { makeMemoryStores } from './fixture';

describeStoreContract('memory', makeMemoryStores);
