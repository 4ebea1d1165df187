'use strict';
// One Apex "org" in memory: the classes of a folder (parsed when first
// named), their static state (initialised on first use, as in a
// transaction), objects, and calls. The harness calls static methods with
// Apex values and reads what they return.
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { parseClass } = require('./parse.cjs');
const { classOfUnit } = require('./classes.cjs');
const { Frame } = require('./scope.cjs');
const { ApexObject, ApexException, isSubclass } = require('./objects.cjs');
const { EXCEPTION } = require('./exceptions.cjs');
const { builtinType } = require('./builtin-types.cjs');
const { listOf, setOf, mapOf, classType, isNumeric, runtimeType, sameType } = require('./types.cjs');
const { numberKind, RANK } = require('./numbers.cjs');
const { coerce } = require('./convert.cjs');
const { unsupported, located } = require('./errors.cjs');
const { Coverage } = require('./coverage.cjs');

class ApexRuntime {
  /** `sources`: { 'Name.cls': text } or a folder of .cls files. */
  constructor(sources) {
    this.files = new Map();
    if (typeof sources === 'string') {
      for (const f of readdirSync(sources).filter((n) => n.endsWith('.cls'))) {
        this.files.set(f.slice(0, -4).toLowerCase(), { file: f, read: () => readFileSync(join(sources, f), 'utf8') });
      }
    } else {
      for (const [f, text] of Object.entries(sources)) this.files.set(f.replace(/\.cls$/, '').toLowerCase(), { file: f, read: () => text });
    }
    this.classes = new Map();
    this.coverage = new Coverage();
    // The interpreter's halves, bound here so the modules need not require each other in a circle.
    this.evaluate = require('./expressions.cjs').evaluate;
    this.execBlock = require('./statements.cjs').execBlock;
  }

  /** The top-level class of that (case-insensitive) name, or null. */
  topLevel(lname) {
    if (!this.classes.has(lname)) {
      const source = this.files.get(lname);
      if (!source) return null;
      const unit = parseClass(source.read(), source.file);
      this.coverage.addUnit(unit);
      this.classes.set(lname, classOfUnit(unit, this));
    }
    return this.classes.get(lname);
  }

  /** A class named from inside `context`: its inner classes and those of its outer classes, then top-level classes. */
  classFrom(lname, context) {
    for (let c = context; c; c = c.outer) {
      if (c.lname === lname && !c.outer) return c;
      if (c.inner && c.inner.has(lname)) return c.inner.get(lname);
    }
    return this.topLevel(lname);
  }

  /** The type of a dotted name (each part { lname, args }) seen from `context`, or null. */
  typeOfName(parts, context) {
    const [first, ...rest] = parts;
    if (rest.length === 0 && ['list', 'set', 'map'].includes(first.lname)) {
      const args = first.args || [];
      if (first.lname === 'map' ? args.length !== 2 : args.length !== 1) return null;
      return first.lname === 'list' ? listOf(args[0]) : first.lname === 'set' ? setOf(args[0]) : mapOf(args[0], args[1]);
    }
    if (first.args) return null;
    if (first.lname === 'system' && rest.length === 1) return builtinType(rest[0].lname);
    let cls = this.classFrom(first.lname, context);
    if (!cls) return rest.length === 0 ? builtinType(first.lname) : null;
    for (const part of rest) {
      cls = cls.inner && cls.inner.get(part.lname);
      if (!cls || part.args) return null;
    }
    return classType(cls);
  }

  /** The type a typeRef node names. */
  resolveType(ref, context) {
    const parts = ref.typeName_list().map((t) => {
      const args = t.typeArguments();
      return {
        lname: (t.id() ? t.id().getText() : t.getChild(0).getText()).toLowerCase(),
        args: args
          ? args
              .typeList()
              .typeRef_list()
              .map((r) => this.resolveType(r, context))
          : null,
      };
    });
    let type = this.typeOfName(parts, context);
    if (!type) unsupported(`the type ${ref.getText()}`, ref);
    for (let i = 0; i < ref.arraySubscripts().getText().length / 2; i += 1) type = listOf(type);
    return type;
  }

  isException(cls) {
    return isSubclass(cls, EXCEPTION);
  }

  /** Runs the static initialisers of `cls` once, in declaration order. */
  ensureStatics(cls) {
    if (cls.statics || cls.builtin) return;
    cls.statics = new Map();
    const statics = cls.fields.filter((f) => f.isStatic);
    for (const f of statics) cls.statics.set(f.lname, { type: this.resolveType(f.typeRef, cls), value: null });
    const frame = new Frame(null, { cls });
    for (const f of statics) {
      if (f.init) {
        const slot = cls.statics.get(f.lname);
        slot.value = coerce(this.evaluate(this, f.init, frame), slot.type);
      }
    }
  }

  /** The slot of static field `lname` of `cls` (or an outer class), or null. */
  staticSlot(cls, lname) {
    for (let c = cls; c; c = c.outer) {
      for (let s = c; s && !s.builtin; s = s.superclass()) {
        const f = s.fields.find((x) => x.isStatic && x.lname === lname);
        if (f) {
          this.ensureStatics(s);
          return s.statics.get(lname);
        }
      }
    }
    return null;
  }

  /** `new Cls(args)`: fields (with initialisers), then the constructor. */
  newObject(cls, args, ctx) {
    if (cls.kind !== 'class' || cls.builtin) unsupported(`new ${cls.fullName}`, ctx);
    this.ensureStatics(cls);
    const exception = this.isException(cls);
    const obj = exception ? new ApexException(cls, null) : new ApexObject(cls);
    const chain = [];
    for (let c = cls; c && !c.builtin; c = c.superclass()) chain.unshift(c);
    if (chain.length > 1 && chain.slice(0, -1).some((c) => c.ctors.length)) unsupported('a subclass of a class with constructors', ctx);
    for (const c of chain) for (const f of c.fields.filter((x) => !x.isStatic)) obj.fields.set(f.lname, { type: this.resolveType(f.typeRef, c), value: null });
    for (const c of chain) {
      const frame = new Frame(null, { cls: c, self: obj });
      for (const f of c.fields.filter((x) => !x.isStatic && x.init)) {
        const slot = obj.fields.get(f.lname);
        slot.value = coerce(this.evaluate(this, f.init, frame), slot.type);
      }
    }
    if (cls.ctors.length) {
      this.invoke(this.choose(cls.ctors, args, `new ${cls.fullName}`, ctx), obj, args);
    } else if (exception) {
      this.exceptionArguments(obj, args, ctx);
    } else if (args.length) {
      unsupported(`new ${cls.fullName} with arguments but no constructor`, ctx);
    }
    return obj;
  }

  /** The constructors every exception class has: (), (message), (message, cause), (cause). */
  exceptionArguments(obj, args, ctx) {
    const [a, b] = args;
    const isCause = (x) => x instanceof ApexException;
    if (args.length === 1 && typeof a === 'string') obj.message = a;
    else if (args.length === 2 && (typeof a === 'string' || a === null) && isCause(b)) Object.assign(obj, { message: a, cause: b });
    else if (args.length !== 0) unsupported(`new ${obj.cls.fullName} with these arguments`, ctx);
  }

  /** The one method of `candidates` that takes `args`; anything needing static overload resolution is refused. */
  choose(candidates, args, name, ctx) {
    const byArity = candidates.filter((m) => m.params.length === args.length);
    if (byArity.length === 1) return byArity[0];
    const fitting = byArity.filter((m) => m.params.every((p, i) => this.accepts(this.paramTypes(m)[i], args[i])));
    if (fitting.length === 1) return fitting[0];
    return unsupported(byArity.length ? `overloaded ${name} (choosing by declared types is not modelled)` : `${name} with ${args.length} argument(s)`, ctx);
  }

  accepts(type, value) {
    if (value === null || type.name === 'Object') return true;
    const actual = runtimeType(value);
    if (isNumeric(type)) return Boolean(numberKind(value)) && RANK[actual.name] <= RANK[type.name];
    if (type.cls) return Boolean(actual.cls) && isSubclass(actual.cls, type.cls);
    return sameType(actual, type);
  }

  paramTypes(method) {
    if (!method.paramTypes) method.paramTypes = method.params.map((p) => this.resolveType(p.typeRef, method.cls));
    return method.paramTypes;
  }

  returnType(method) {
    if (method.returnTypeResolved === undefined) method.returnTypeResolved = method.returnRef ? this.resolveType(method.returnRef, method.cls) : null;
    return method.returnTypeResolved;
  }

  /** Calls a method (or constructor) with arguments converted to its parameter types. */
  invoke(method, self, args) {
    if (!method.body) unsupported(`calling ${method.cls.fullName}.${method.name}, which has no body`, method.ctx);
    if (method.isStatic) this.ensureStatics(method.cls);
    const frame = new Frame(null, { cls: method.cls, self });
    const types = this.paramTypes(method);
    method.params.forEach((p, i) => frame.declare(p.lname, types[i], coerce(args[i], types[i])));
    const outcome = this.execBlock(this, method.body, frame);
    if (method.returnRef === undefined) return undefined;
    const type = this.returnType(method);
    if (outcome && outcome.kind === 'return') return type ? coerce(outcome.value, type) : undefined;
    if (type) unsupported(`${method.cls.fullName}.${method.name} ending without a return`, method.ctx);
    return undefined;
  }

  /** a.compareTo(b) of Comparable objects, as List.sort() calls it. */
  compareTo(a, b) {
    const method = this.choose(a.cls.methodsNamed('compareto'), [b], `${a.cls.fullName}.compareTo`, a.cls.ctx);
    const answer = this.invoke(method, a, [b]);
    if (numberKind(answer) !== 'Integer') unsupported('compareTo() that does not return an Integer', method.ctx);
    return answer.v;
  }

  /** The harness's entry: `Class.method(args)` with Apex values (dotted names reach inner classes). */
  call(className, methodName, args = []) {
    const [top, ...inner] = className.toLowerCase().split('.');
    let cls = this.topLevel(top);
    for (const name of inner) cls = cls && cls.inner.get(name);
    if (!cls) throw new Error(`no Apex class ${className}`);
    const candidates = cls.methodsNamed(methodName.toLowerCase()).filter((m) => m.isStatic);
    const method = this.choose(candidates, args, `${className}.${methodName}`, cls.ctx);
    try {
      return this.invoke(method, null, args);
    } catch (error) {
      throw located(error, method.ctx);
    }
  }

  /** A method of an Apex object, called from the harness. */
  callMethod(obj, methodName, args = []) {
    const method = this.choose(obj.cls.methodsNamed(methodName.toLowerCase()), args, `${obj.cls.fullName}.${methodName}`, obj.cls.ctx);
    return this.invoke(method, method.isStatic ? null : obj, args);
  }
}

module.exports = { ApexRuntime };
