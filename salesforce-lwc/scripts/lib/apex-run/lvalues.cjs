'use strict';
// What an assignment writes to: a local variable, a field, a static field or
// a list element; the value is converted to the slot's declared type.
const { lookupName } = require('./names.cjs');
const { receiverOf, fieldSlot } = require('./members.cjs');
const { ApexList } = require('./collections.cjs');
const { listIndex } = require('./lib-collections.cjs');
const { coerce } = require('./convert.cjs');
const { unsupported } = require('./errors.cjs');
const { nullPointer } = require('./exceptions.cjs');

const slotPlace = (slot) => ({ get: () => slot.value, set: (v) => (slot.value = coerce(v, slot.type)) });

/** { get(), set(value) } of an assignable expression; receivers and indexes are evaluated once, here. */
function placeOf(rt, ctx, frame) {
  switch (ctx.constructor.name) {
    case 'PrimaryExpressionContext': {
      const p = ctx.primary();
      const found = p.constructor.name === 'IdPrimaryContext' ? lookupName(rt, p.id().getText(), frame) : null;
      if (!found || found.kind !== 'slot') unsupported(`assigning to ${ctx.getText()}`, ctx);
      return slotPlace(found.slot);
    }
    case 'DotExpressionContext': {
      if (ctx.dotMethodCall()) unsupported('assigning to a method call', ctx);
      const left = receiverOf(rt, ctx.expression(), frame);
      const name = ctx.anyId().getText();
      if (left.kind === 'type' && left.type.cls && !left.type.cls.builtin) {
        const slot = rt.staticSlot(left.type.cls, name.toLowerCase());
        if (!slot) unsupported(`assigning to ${ctx.getText()}`, ctx);
        return slotPlace(slot);
      }
      if (left.kind !== 'value') unsupported(`assigning to ${ctx.getText()}`, ctx);
      return slotPlace(fieldSlot(left.value, name, ctx));
    }
    case 'ArrayExpressionContext': {
      const [listCtx, indexCtx] = ctx.expression_list();
      const list = rt.evaluate(rt, listCtx, frame);
      const index = rt.evaluate(rt, indexCtx, frame);
      if (list === null) return nullPointer();
      if (!(list instanceof ApexList)) unsupported('[index] on something that is not a List', ctx);
      const i = listIndex(list, index);
      return { get: () => list.items[i], set: (v) => (list.items[i] = coerce(v, list.elemType)) };
    }
    case 'SubExpressionContext':
      return placeOf(rt, ctx.expression(), frame);
    default:
      return unsupported(`assigning to ${ctx.getText()}`, ctx);
  }
}

module.exports = { placeOf };
