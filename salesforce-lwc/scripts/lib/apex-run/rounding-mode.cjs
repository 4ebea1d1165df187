'use strict';
// The enum System.RoundingMode, as Decimal's setScale, divide and round take it.
const { ROUNDING_MODES } = require('./decimal.cjs');
const { EnumValue } = require('./objects.cjs');

const ROUNDING_MODE = { name: 'System.RoundingMode', fullName: 'System.RoundingMode', enum: true };
ROUNDING_MODE.values = new Map(ROUNDING_MODES.map((name, i) => [name.toLowerCase(), new EnumValue(ROUNDING_MODE, name, i)]));

module.exports = { ROUNDING_MODE };
