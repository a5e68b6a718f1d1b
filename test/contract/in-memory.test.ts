import { connectInMemory } from '../support/test-host.js';
import { defineContractSuite } from './contract-suite.js';

defineContractSuite('the in-memory transport', async (host) => connectInMemory(host));
