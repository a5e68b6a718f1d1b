import { connectInMemory } from '../support/test-host.js';
import { defineContractSuite } from './contract-suite.js';
import { defineSearchReportsSuite } from './search-reports-suite.js';
import { defineReviewWorkspaceSuite } from './review-workspace-suite.js';
import { definePageImageSuite } from './page-image-suite.js';
import { defineGapRegisterSuite } from './gap-register-suite.js';
import { definePacketSuite } from './packet-suite.js';
import { defineOcrSuite } from './ocr-suite.js';

defineContractSuite('the in-memory transport', async (host) => connectInMemory(host));
defineSearchReportsSuite('the in-memory transport', async (host) => connectInMemory(host));
defineReviewWorkspaceSuite('the in-memory transport', async (host) => connectInMemory(host));
definePageImageSuite('the in-memory transport', async (host) => connectInMemory(host));
defineGapRegisterSuite('the in-memory transport', async (host) => connectInMemory(host));
definePacketSuite('the in-memory transport', async (host) => connectInMemory(host));
defineOcrSuite('the in-memory transport', async (host) => connectInMemory(host));
