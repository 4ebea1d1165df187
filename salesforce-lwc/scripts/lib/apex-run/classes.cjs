'use strict';
// The declarations of an Apex class as the interpreter needs them: fields in
// order (with their initialisers), methods by lower-case name (Apex names
// are case-insensitive), constructors, inner classes, the superclass and
// interfaces (resolved when first asked). Declarations the interpreter does
// not run (properties, enums, initializer blocks) are refused when the class
// loads.
const { unsupported } = require('./errors.cjs');

const modifiersOf = (decl) => (decl.modifier_list ? decl.modifier_list().map((m) => m.getText().toLowerCase()) : []);

class ClassInfo {
  constructor(kind, ctx, outer, rt) {
    this.kind = kind;
    this.ctx = ctx;
    this.outer = outer;
    this.rt = rt;
    this.name = ctx.id().getText();
    this.lname = this.name.toLowerCase();
    this.fullName = outer ? `${outer.fullName}.${this.name}` : this.name;
    this.fields = [];
    this.methods = new Map();
    this.ctors = [];
    this.inner = new Map();
    this.statics = null;
    this.resolved = null;
    this.fieldTypes = null;
  }

  superclass() {
    return this.resolve().superclass;
  }

  interfaces() {
    return this.resolve().interfaces;
  }

  resolve() {
    if (!this.resolved) {
      const superRef = this.kind === 'class' && this.ctx.typeRef ? this.ctx.typeRef() : null;
      const listCtx = this.kind === 'class' ? this.ctx.typeList() : this.ctx.typeList && this.ctx.typeList();
      const interfaceRefs = listCtx ? listCtx.typeRef_list() : [];
      const asClass = (ref) => {
        const type = this.rt.resolveType(ref, this);
        return type.cls || unsupported(`extending or implementing ${ref.getText()}`, ref);
      };
      this.resolved = {
        superclass: this.kind === 'class' && superRef ? asClass(superRef) : null,
        interfaces: this.kind === 'class' ? interfaceRefs.map(asClass) : [],
      };
    }
    return this.resolved;
  }

  /** The methods named `lname` here and in the superclasses, nearest first. */
  methodsNamed(lname) {
    const out = [];
    for (let c = this; c && !c.builtin; c = c.superclass()) out.push(...(c.methods.get(lname) || []));
    return out;
  }

  /** The declaration of a field named `lname` in this class or a superclass. */
  field(lname) {
    for (let c = this; c && !c.builtin; c = c.superclass()) {
      const f = c.fields.find((x) => x.lname === lname);
      if (f) return f;
    }
    return null;
  }
}

function addMember(cls, decl, rt) {
  const member = decl.memberDeclaration();
  if (!member) unsupported(decl.block() ? 'an initializer block' : 'this class member', decl);
  const mods = modifiersOf(decl);
  const isStatic = mods.includes('static');
  if (member.fieldDeclaration()) {
    const f = member.fieldDeclaration();
    for (const v of f.variableDeclarators().variableDeclarator_list()) {
      const name = v.id().getText();
      cls.fields.push({ name, lname: name.toLowerCase(), typeRef: f.typeRef(), isStatic, init: v.expression(), ctx: v });
    }
  } else if (member.methodDeclaration()) {
    const m = member.methodDeclaration();
    const name = m.id().getText();
    const info = {
      name,
      lname: name.toLowerCase(),
      cls,
      isStatic,
      modifiers: mods,
      returnRef: m.typeRef(),
      params: paramsOf(m.formalParameters()),
      body: m.block(),
      ctx: m,
    };
    if (!cls.methods.has(info.lname)) cls.methods.set(info.lname, []);
    cls.methods.get(info.lname).push(info);
  } else if (member.constructorDeclaration()) {
    const c = member.constructorDeclaration();
    cls.ctors.push({ name: cls.name, cls, params: paramsOf(c.formalParameters()), body: c.block(), ctx: c });
  } else if (member.classDeclaration()) {
    const inner = buildClass('class', member.classDeclaration(), cls, rt);
    cls.inner.set(inner.lname, inner);
  } else if (member.interfaceDeclaration()) {
    const inner = buildClass('interface', member.interfaceDeclaration(), cls, rt);
    cls.inner.set(inner.lname, inner);
  } else {
    unsupported(member.propertyDeclaration() ? 'a property ({ get; set; })' : 'an enum', member);
  }
}

function paramsOf(formal) {
  const list = formal.formalParameterList();
  return (list ? list.formalParameter_list() : []).map((p) => ({ name: p.id().getText(), lname: p.id().getText().toLowerCase(), typeRef: p.typeRef() }));
}

function buildClass(kind, ctx, outer, rt) {
  const cls = new ClassInfo(kind, ctx, outer, rt);
  if (kind === 'interface') {
    for (const m of ctx.interfaceBody().interfaceMethodDeclaration_list()) {
      const name = m.id().getText();
      const info = {
        name,
        lname: name.toLowerCase(),
        cls,
        isStatic: false,
        returnRef: m.typeRef(),
        params: paramsOf(m.formalParameters()),
        body: null,
        ctx: m,
      };
      if (!cls.methods.has(info.lname)) cls.methods.set(info.lname, []);
      cls.methods.get(info.lname).push(info);
    }
    return cls;
  }
  for (const decl of ctx.classBody().classBodyDeclaration_list()) {
    if (!decl.SEMI()) addMember(cls, decl, rt);
  }
  return cls;
}

/** The top-level class (or interface) of a parsed file. */
function classOfUnit(unit, rt) {
  const t = unit.typeDeclaration();
  if (t.classDeclaration()) return buildClass('class', t.classDeclaration(), null, rt);
  if (t.interfaceDeclaration()) return buildClass('interface', t.interfaceDeclaration(), null, rt);
  return unsupported('a top-level enum', t);
}

module.exports = { ClassInfo, classOfUnit };
