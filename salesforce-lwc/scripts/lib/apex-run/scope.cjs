'use strict';
// A method's local variables, block by block: each slot keeps its declared
// type, so a value stored later is converted as Apex converts it. `cls` is
// the class whose code runs (for names), `self` the instance or null.

class Frame {
  constructor(parent, { cls, self } = {}) {
    this.parent = parent;
    this.cls = parent ? parent.cls : cls;
    this.self = parent ? parent.self : self || null;
    this.vars = new Map();
  }

  child() {
    return new Frame(this);
  }

  declare(lname, type, value) {
    this.vars.set(lname, { type, value });
  }

  /** The slot of a local variable, or null. */
  lookup(lname) {
    for (let f = this; f; f = f.parent) {
      const slot = f.vars.get(lname);
      if (slot) return slot;
    }
    return null;
  }
}

module.exports = { Frame };
