'use strict';
// An interpreter for the subset of Apex the pure engine classes use, so the
// golden cases can run them offline. It is not the platform: see
// salesforce-lwc/README.md "What was verified here, without an org".
const { ApexRuntime } = require('./runtime.cjs');
const { ApexUnsupported, ApexThrow } = require('./errors.cjs');
const { toJs, fromJson, fieldValue } = require('./js-values.cjs');
const { goldenAnswers, GOLDEN_SECTIONS } = require('./golden-harness.cjs');

module.exports = { ApexRuntime, ApexUnsupported, ApexThrow, toJs, fromJson, fieldValue, goldenAnswers, GOLDEN_SECTIONS };
