import { connectOverWebSocket } from '../support/test-host.js';
import { defineContractSuite } from './contract-suite.js';
import { defineSearchReportsSuite } from './search-reports-suite.js';
import { defineReviewWorkspaceSuite } from './review-workspace-suite.js';
import { definePageImageSuite } from './page-image-suite.js';
import { defineGapRegisterSuite } from './gap-register-suite.js';
import { definePacketSuite } from './packet-suite.js';
import { defineOcrSuite } from './ocr-suite.js';

defineContractSuite('the WebSocket transport', async (host) => connectOverWebSocket(host));
defineSearchReportsSuite('the WebSocket transport', async (host) => connectOverWebSocket(host));
defineReviewWorkspaceSuite('the WebSocket transport', async (host) => connectOverWebSocket(host));
definePageImageSuite('the WebSocket transport', async (host) => connectOverWebSocket(host));
defineGapRegisterSuite('the WebSocket transport', async (host) => connectOverWebSocket(host));
definePacketSuite('the WebSocket transport', async (host) => connectOverWebSocket(host));
defineOcrSuite('the WebSocket transport', async (host) => connectOverWebSocket(host));
