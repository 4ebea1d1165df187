'use strict';
// Date and Datetime methods the engine classes call, all in GMT.
const { int, long, numberKind } = require('./numbers.cjs');
const { ApexDate, ApexDatetime, newDate, daysInMonth, formatGmt } = require('./dates.cjs');
const { arity, stringArg, integerArg } = require('./lib-args.cjs');
const { unsupported } = require('./errors.cjs');

const statics = {
  date: {
    newinstance(args) {
      arity(args, 3, 'Date.newInstance');
      const [y, m, d] = args.map((a) => integerArg(a, 'Date.newInstance'));
      return newDate(y, m, d);
    },
    daysinmonth(args) {
      arity(args, 2, 'Date.daysInMonth');
      const [y, m] = args.map((a) => integerArg(a, 'Date.daysInMonth'));
      if (m < 1 || m > 12) unsupported(`Date.daysInMonth(${y}, ${m})`);
      return int(daysInMonth(y, m));
    },
  },
  datetime: {
    newinstance(args) {
      arity(args, 1, 'Datetime.newInstance');
      if (numberKind(args[0]) !== 'Long' && numberKind(args[0]) !== 'Integer') unsupported('Datetime.newInstance of something other than milliseconds');
      return new ApexDatetime(Number(args[0].v));
    },
  },
};

const methods = {
  Date: {
    daysbetween(date, args) {
      arity(args, 1, 'Date.daysBetween');
      if (!(args[0] instanceof ApexDate)) unsupported('Date.daysBetween of something that is not a Date');
      return int(args[0].days - date.days);
    },
  },
  Datetime: {
    gettime: (dt, args) => (arity(args, 0, 'Datetime.getTime'), long(dt.ms)),
    formatgmt: (dt, args) => (arity(args, 1, 'Datetime.formatGmt'), formatGmt(dt.ms, stringArg(args[0], 'Datetime.formatGmt'))),
  },
};

module.exports = { statics, methods };
