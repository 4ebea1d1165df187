// The Salesforce formula subset the project's validation rules use, compiled
// once when the local org opens and evaluated on every write. Anything outside
// the subset (a function, an operator, a field the object lacks, a custom
// permission force-app does not define) is an error at start-up that names it,
// never a rule silently skipped.
//
// Subset: literals ('text', "text", numbers, TRUE, FALSE, NULL); fields of the
// record and of its parents (Definition_Set__r.Version__c); $User.Id;
// $Permission.<name>; operators = == <> != < <= > >= && || & + - * / and
// parentheses; functions AND, OR, NOT, IF, ISBLANK, ISNEW, ISPICKVAL, TEXT.
// Blanks as validation rules treat them: a blank text is '', a comparison with a
// blank number is blank (false), ISBLANK is true for both.

export const FORMULA_FUNCTIONS = ['AND', 'OR', 'NOT', 'IF', 'ISBLANK', 'ISNEW', 'ISPICKVAL', 'TEXT'];

const ARITY = { AND: [1, Infinity], OR: [1, Infinity], NOT: [1, 1], IF: [3, 3], ISBLANK: [1, 1], ISNEW: [0, 0], ISPICKVAL: [2, 2], TEXT: [1, 1] };

class FormulaError extends Error {}

function tokenize(text) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (/\s/.test(c)) {
            i += 1;
        } else if (c === "'" || c === '"') {
            let j = i + 1;
            let value = '';
            while (j < text.length && text[j] !== c) {
                if (text[j] === '\\' && j + 1 < text.length) j += 1;
                value += text[j];
                j += 1;
            }
            if (j >= text.length) throw new FormulaError(`an unterminated text literal at ${i + 1}`);
            tokens.push({ kind: 'string', value });
            i = j + 1;
        } else if (/[0-9]/.test(c)) {
            const m = /^[0-9]+(\.[0-9]+)?/.exec(text.slice(i));
            tokens.push({ kind: 'number', value: Number(m[0]) });
            i += m[0].length;
        } else if (/[A-Za-z$_]/.test(c)) {
            const m = /^\$?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(text.slice(i));
            tokens.push({ kind: 'name', value: m[0] });
            i += m[0].length;
        } else {
            const op = ['<>', '!=', '<=', '>=', '==', '&&', '||'].find((o) => text.startsWith(o, i)) || c;
            if (!['<>', '!=', '<=', '>=', '==', '&&', '||', '=', '<', '>', '&', '+', '-', '*', '/', '(', ')', ',', '!'].includes(op)) {
                throw new FormulaError(`the character "${c}" at ${i + 1}, which the workbench's formula subset does not have`);
            }
            tokens.push({ kind: 'op', value: op });
            i += op.length;
        }
    }
    return tokens;
}

// Precedence, lowest first, as Salesforce formulas bind them.
const BINARY = [['||'], ['&&'], ['=', '==', '<>', '!=', '<', '<=', '>', '>='], ['+', '-', '&'], ['*', '/']];

function parse(text) {
    const tokens = tokenize(text);
    let pos = 0;
    const peek = () => tokens[pos];
    const isOp = (value) => peek() && peek().kind === 'op' && peek().value === value;
    const expect = (value) => {
        if (!isOp(value)) throw new FormulaError(`"${value}" expected${peek() ? ` before "${peek().value}"` : ' at the end'}`);
        pos += 1;
    };
    const binary = (level) => {
        if (level === BINARY.length) return unary();
        let left = binary(level + 1);
        while (peek() && peek().kind === 'op' && BINARY[level].includes(peek().value)) {
            const op = tokens[pos++].value;
            left = { kind: 'binary', op, left, right: binary(level + 1) };
        }
        return left;
    };
    const unary = () => {
        if (isOp('!') || isOp('-')) {
            const op = tokens[pos++].value;
            return { kind: 'unary', op, operand: unary() };
        }
        return primary();
    };
    const primary = () => {
        const token = tokens[pos++];
        if (!token) throw new FormulaError('the formula ends too early');
        if (token.kind === 'string' || token.kind === 'number') return { kind: 'literal', value: token.value };
        if (token.kind === 'op' && token.value === '(') {
            const inner = binary(0);
            expect(')');
            return inner;
        }
        if (token.kind !== 'name') throw new FormulaError(`"${token.value}" is not expected here`);
        const upper = token.value.toUpperCase();
        if (isOp('(')) {
            if (!FORMULA_FUNCTIONS.includes(upper)) throw new FormulaError(`the function ${token.value}, which the workbench's formula subset does not have (it has ${FORMULA_FUNCTIONS.join(', ')})`);
            pos += 1;
            const args = [];
            if (!isOp(')')) {
                args.push(binary(0));
                while (isOp(',')) {
                    pos += 1;
                    args.push(binary(0));
                }
            }
            expect(')');
            const [min, max] = ARITY[upper];
            if (args.length < min || args.length > max) throw new FormulaError(`${upper} takes ${min === max ? min : `${min} or more`} arguments, not ${args.length}`);
            return { kind: 'call', name: upper, args };
        }
        if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'literal', value: upper === 'TRUE' };
        if (upper === 'NULL') return { kind: 'literal', value: null };
        return { kind: 'reference', path: token.value };
    };
    const tree = binary(0);
    if (pos < tokens.length) throw new FormulaError(`"${tokens[pos].value}" is not expected here`);
    return tree;
}

/** Checks every reference against the schema and the custom permissions; answers the field paths it reads. */
function bind(node, { info, schema, customPermissions }) {
    const visit = (n) => {
        if (n.kind === 'binary') return visit(n.left) || visit(n.right);
        if (n.kind === 'unary') return visit(n.operand);
        if (n.kind === 'call') return n.args.forEach(visit);
        if (n.kind !== 'reference') return undefined;
        const [head, ...rest] = n.path.split('.');
        if (head === '$User') {
            if (rest.join('.') !== 'Id') throw new FormulaError(`${n.path}: of $User the workbench's formula subset has Id only`);
            n.resolve = (ctx) => ctx.userId;
            return undefined;
        }
        if (head === '$Permission') {
            if (rest.length !== 1 || !customPermissions.has(rest[0])) throw new FormulaError(`${n.path}: force-app defines no custom permission ${rest.join('.')}`);
            n.resolve = (ctx) => ctx.customPermissions.has(rest[0]);
            return undefined;
        }
        if (head.startsWith('$')) throw new FormulaError(`${n.path}: the global ${head} is not in the workbench's formula subset`);
        // A field of the record, or a field reached through its lookups (Parent__r.Field__c).
        const steps = [head, ...rest];
        let current = info;
        const lookups = [];
        for (let i = 0; i < steps.length - 1; i += 1) {
            const lookup = Object.values(current.fields).find((f) => f.relationshipName === steps[i]);
            if (!lookup) throw new FormulaError(`${n.path}: ${current.apiName} has no relationship ${steps[i]}`);
            lookups.push(lookup.apiName);
            current = schema.objects.get(lookup.referenceTo[0]);
        }
        const last = steps[steps.length - 1];
        const field = current.fields[last];
        if (!field) throw new FormulaError(`${n.path}: ${current.apiName} has no field ${last}`);
        n.field = field;
        n.resolve = (ctx) => {
            let row = ctx.record;
            for (const step of lookups) {
                const parentId = row ? row[step] : null;
                const parent = parentId ? ctx.load(parentId) : null;
                row = parent ? parent.fields : null;
            }
            const value = row ? row[last] : null;
            return value === undefined ? null : value;
        };
        return undefined;
    };
    visit(node);
}

const blank = (v) => v === null || v === undefined || v === '';
const truthy = (v) => v === true;
const asText = (v) => (v === null || v === undefined ? '' : String(v));

function compare(op, a, b) {
    // A comparison with a blank number is blank, which a rule reads as false.
    if ((typeof a === 'number' || typeof b === 'number') && (blank(a) || blank(b))) return null;
    const [x, y] = typeof a === 'number' || typeof b === 'number' ? [a, b] : [asText(a), asText(b)];
    switch (op) {
        case '=':
        case '==':
            return x === y;
        case '<>':
        case '!=':
            return x !== y;
        case '<':
            return x < y;
        case '<=':
            return x <= y;
        case '>':
            return x > y;
        default:
            return x >= y;
    }
}

function evaluate(n, ctx) {
    switch (n.kind) {
        case 'literal':
            return n.value;
        case 'reference':
            return n.resolve(ctx);
        case 'unary': {
            const v = evaluate(n.operand, ctx);
            if (n.op === '!') return !truthy(v);
            return blank(v) ? null : -Number(v);
        }
        case 'binary': {
            if (n.op === '&&') return truthy(evaluate(n.left, ctx)) && truthy(evaluate(n.right, ctx));
            if (n.op === '||') return truthy(evaluate(n.left, ctx)) || truthy(evaluate(n.right, ctx));
            const a = evaluate(n.left, ctx);
            const b = evaluate(n.right, ctx);
            if (n.op === '&') return asText(a) + asText(b);
            if (['+', '-', '*', '/'].includes(n.op)) {
                if (blank(a) || blank(b)) return null;
                const [x, y] = [Number(a), Number(b)];
                return n.op === '+' ? x + y : n.op === '-' ? x - y : n.op === '*' ? x * y : x / y;
            }
            return compare(n.op, a, b);
        }
        default:
            return call(n, ctx);
    }
}

function call(n, ctx) {
    const arg = (i) => evaluate(n.args[i], ctx);
    switch (n.name) {
        case 'AND':
            return n.args.every((a) => truthy(evaluate(a, ctx)));
        case 'OR':
            return n.args.some((a) => truthy(evaluate(a, ctx)));
        case 'NOT':
            return !truthy(arg(0));
        case 'IF':
            return truthy(arg(0)) ? arg(1) : arg(2);
        case 'ISBLANK':
            return blank(arg(0));
        case 'ISNEW':
            return ctx.isNew;
        case 'ISPICKVAL':
            return asText(arg(0)) === asText(arg(1));
        default:
            return asText(arg(0));
    }
}

/**
 * Compiles a validation rule's error condition for an object of the schema;
 * throws an Error naming the rule and what it uses outside the subset.
 * The answer's `fires(ctx)` is true when the rule refuses the write; ctx is
 * { record (field values after the write), isNew, userId, customPermissions, load(id) }.
 */
export function compileRule({ name, formula }, { info, schema, customPermissions }) {
    try {
        const tree = parse(String(formula));
        bind(tree, { info, schema, customPermissions });
        return { fires: (ctx) => truthy(evaluate(tree, ctx)) };
    } catch (error) {
        if (error instanceof FormulaError) throw new Error(`validation rule ${info.apiName}.${name} uses ${error.message}`);
        throw error;
    }
}
