import { connectOverWebSocket } from '../support/test-host.js';
import { defineContractSuite } from './contract-suite.js';

defineContractSuite('the WebSocket transport', async (host) => connectOverWebSocket(host));
