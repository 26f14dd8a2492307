import { createMemoryStore } from './memory-store';
import { CONTRACT_DIMENSIONS, describeVectorStoreContract } from './store-contract';

describeVectorStoreContract('memory store', async () =>
  createMemoryStore({ dimensions: CONTRACT_DIMENSIONS }),
);
