import Handlebars from 'handlebars';
import { BLOCK_HELPERS, FORBIDDEN_NAMES, HELPER_SIGNATURES } from './helper-signatures';
import { LETTER_VARIABLES, VariableShape } from './letter-variables';
import type { TemplateProblem } from './template-problem';

type Shape = VariableShape | null; // null: unknown, already reported
interface Scope {
  shape: Shape;
  blockParams: Record<string, Shape>;
  inEach: boolean;
}
type Call = { path: hbs.AST.PathExpression; params: hbs.AST.Expression[]; hash?: hbs.AST.Hash; loc: hbs.AST.SourceLocation };

const parser = Handlebars.create();

/** Parses a template and checks every name in it against the letter variables and helpers; empty when it is fine. */
export function checkTemplate(source: string, variables: VariableShape = LETTER_VARIABLES): TemplateProblem[] {
  let program: hbs.AST.Program;
  try {
    program = parser.parse(source);
  } catch (error) {
    return [syntaxProblem(error)];
  }
  const walker = new TemplateWalker(variables);
  walker.program(program, [{ shape: variables, blockParams: {}, inEach: false }]);
  return walker.problems;
}

function syntaxProblem(error: unknown): TemplateProblem {
  const thrown = error as Error & { lineNumber?: number; column?: number };
  if (typeof thrown.lineNumber === 'number') {
    const message = thrown.message.replace(/ - \d+:\d+$/, '');
    return { message: `Syntax error: ${message}`, line: thrown.lineNumber, column: (thrown.column ?? 0) + 1 };
  }
  // The generated parser leaves the failing token's place on its lexer, and nowhere else.
  const place = (parser as unknown as { Parser: { lexer: { yylloc?: { first_line: number; first_column: number } } } }).Parser.lexer.yylloc;
  const lines = thrown.message.split('\n');
  const reason = lines.length > 1 ? lines[lines.length - 1] : lines[0];
  return { message: `Syntax error: ${reason}`, line: place?.first_line ?? 1, column: (place?.first_column ?? 0) + 1 };
}

class TemplateWalker {
  readonly problems: TemplateProblem[] = [];

  constructor(private readonly variables: VariableShape) {}

  program(program: hbs.AST.Program | undefined, scopes: Scope[]): void {
    for (const statement of program?.body ?? []) this.statement(statement, scopes);
  }

  private statement(node: hbs.AST.Statement, scopes: Scope[]): void {
    switch (node.type) {
      case 'ContentStatement':
      case 'CommentStatement':
        return;
      case 'MustacheStatement':
        return this.mustache(node as hbs.AST.MustacheStatement, scopes);
      case 'BlockStatement':
        return this.block(node as hbs.AST.BlockStatement, scopes);
      case 'PartialStatement':
      case 'PartialBlockStatement':
        return this.report(node, 'Partials ({{> name}}) are not available in letter templates');
      default:
        return this.report(node, `${node.type} is not available in letter templates`);
    }
  }

  private mustache(node: hbs.AST.MustacheStatement, scopes: Scope[]): void {
    const path =
      node.path.type === 'PathExpression'
        ? (node.path as hbs.AST.PathExpression)
        : literalPath(node.path as hbs.AST.StringLiteral, node.loc);
    const helper = this.helperName(path, scopes);
    if (helper) return this.helperCall(helper, { path, params: node.params, hash: node.hash, loc: node.loc }, scopes);
    if (node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0) {
      return this.report(node, `Unknown helper "${path.original}"; available: ${Object.keys(HELPER_SIGNATURES).join(', ')}`);
    }
    this.resolve(path, scopes);
  }

  private block(node: hbs.AST.BlockStatement, scopes: Scope[]): void {
    const name = node.path.original;
    if (!(BLOCK_HELPERS as readonly string[]).includes(name)) {
      return this.report(node, `Unknown block helper "#${name}"; available: ${BLOCK_HELPERS.map((helper) => `#${helper}`).join(', ')}`);
    }
    if (node.params.length !== 1 || (node.hash?.pairs.length ?? 0) > 0) {
      this.report(node, `#${name} takes exactly one value`);
    }
    const shape = node.params[0] ? this.expression(node.params[0], scopes) : null;
    const blockParams = node.program?.blockParams ?? [];
    if (name === 'each') {
      const item = shape === null ? null : listItem(shape);
      if (shape !== null && item === null) this.report(node, `#each needs a list; "${describe(node.params[0])}" is not one`);
      const named: Record<string, Shape> = {};
      if (blockParams[0]) named[blockParams[0]] = item;
      if (blockParams[1]) named[blockParams[1]] = 'number';
      this.program(node.program, [...scopes, { shape: item, blockParams: named, inEach: true }]);
    } else if (name === 'with') {
      const named: Record<string, Shape> = blockParams[0] ? { [blockParams[0]]: shape } : {};
      this.program(node.program, [...scopes, { shape, blockParams: named, inEach: false }]);
    } else {
      this.program(node.program, scopes);
    }
    this.program(node.inverse, scopes);
  }

  private helperName(path: hbs.AST.PathExpression, scopes: Scope[]): string | null {
    if (path.data || path.depth > 0 || path.parts.length !== 1) return null;
    const [name] = path.parts;
    const shadowed = scopes.some((scope) => Object.hasOwn(scope.blockParams, name));
    return !shadowed && Object.hasOwn(HELPER_SIGNATURES, name) ? name : null;
  }

  private helperCall(name: string, call: Call, scopes: Scope[]): void {
    const signature = HELPER_SIGNATURES[name];
    call.params.forEach((param) => this.expression(param, scopes));
    call.hash?.pairs.forEach((pair) => this.expression(pair.value, scopes));
    if (call.params.length !== signature.params) {
      this.report(call, `"${name}" takes ${signature.params} value${signature.params === 1 ? '' : 's'}, not ${call.params.length}`);
    }
    for (const pair of call.hash?.pairs ?? []) {
      if (!signature.hash.includes(pair.key)) {
        this.report(pair, `"${name}" has no option "${pair.key}"${signature.hash.length ? `; options: ${signature.hash.join(', ')}` : ''}`);
      }
    }
  }

  private expression(expression: hbs.AST.Expression, scopes: Scope[]): Shape {
    switch (expression.type) {
      case 'PathExpression':
        return this.resolve(expression as hbs.AST.PathExpression, scopes);
      case 'SubExpression': {
        const call = expression as hbs.AST.SubExpression;
        const helper = this.helperName(call.path, scopes);
        if (!helper) {
          this.report(expression, `Unknown helper "${call.path.original}"`);
          return null;
        }
        this.helperCall(helper, { path: call.path, params: call.params, hash: call.hash, loc: call.loc }, scopes);
        return 'text';
      }
      case 'NumberLiteral':
        return 'number';
      case 'BooleanLiteral':
        return 'boolean';
      default:
        return 'text';
    }
  }

  private resolve(path: hbs.AST.PathExpression, scopes: Scope[]): Shape {
    let shape: Shape;
    let rest = path.parts;
    if (path.data) {
      const [head, ...tail] = path.parts;
      if (head === 'root') {
        shape = this.variables;
        rest = tail;
      } else if (['index', 'first', 'last', 'key'].includes(head) && tail.length === 0) {
        if (!scopes.some((scope) => scope.inEach)) this.report(path, `@${head} is only known inside #each`);
        return head === 'index' ? 'number' : head === 'key' ? 'text' : 'boolean';
      } else {
        this.report(path, `Unknown data variable "@${path.parts.join('.')}"`);
        return null;
      }
    } else {
      const scope = scopes[scopes.length - 1 - path.depth];
      if (!scope) {
        this.report(path, `"${path.original}" climbs above the letter`);
        return null;
      }
      const named =
        path.depth === 0 ? [...scopes].reverse().find((candidate) => Object.hasOwn(candidate.blockParams, rest[0] ?? '')) : undefined;
      if (named) {
        shape = named.blockParams[rest[0]];
        rest = rest.slice(1);
      } else {
        shape = scope.shape;
      }
    }
    return this.walkFields(path, shape, rest);
  }

  private walkFields(path: hbs.AST.PathExpression, start: Shape, parts: string[]): Shape {
    let shape = start;
    for (const part of parts) {
      if (FORBIDDEN_NAMES.has(part)) {
        this.report(path, `"${path.original}" is not allowed: "${part}" reaches into JavaScript internals`);
        return null;
      }
      if (shape === null) return null;
      const next = field(shape, part);
      if (next === undefined) {
        const known = typeof shape === 'object' && 'fields' in shape ? `; known here: ${Object.keys(shape.fields).join(', ')}` : '';
        this.report(path, `Unknown variable "${path.original}"${known}`);
        return null;
      }
      shape = next;
    }
    return shape;
  }

  private report(node: { loc?: hbs.AST.SourceLocation }, message: string): void {
    this.problems.push({ message, line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 });
  }
}

function field(shape: VariableShape, part: string): VariableShape | undefined {
  if (typeof shape !== 'object') return undefined;
  if ('fields' in shape) return Object.hasOwn(shape.fields, part) ? shape.fields[part] : undefined;
  if (/^\d+$/.test(part)) return shape.list;
  return part === 'length' ? 'number' : undefined;
}

function listItem(shape: VariableShape): VariableShape | null {
  return typeof shape === 'object' && 'list' in shape ? shape.list : null;
}

/** `{{"name"}}` is a lookup of the property "name", so it is checked like a path. */
function literalPath(literal: hbs.AST.StringLiteral, loc: hbs.AST.SourceLocation): hbs.AST.PathExpression {
  const name = String(literal.value);
  return { type: 'PathExpression', data: false, depth: 0, parts: [name], original: name, loc } as hbs.AST.PathExpression;
}

function describe(expression: hbs.AST.Expression | undefined): string {
  return (expression as hbs.AST.PathExpression | undefined)?.original ?? 'value';
}
