import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * Issue 16: "every controller, JSON or page, calls one use case". Read from the source, not run: for each page a GET
 * route shows, the collaborators its handler reaches, following the controller's own private methods and the page
 * helpers of src/pages (StaffActionPage, ActionEditorView, …) into what they call. Rendering, the page cache and the
 * clock are not use cases. A POST that answers with the page again reaches its command and the page's use case, so only
 * GET handlers are held to one.
 */
const SRC = resolve(__dirname, '..');
const PAGES = join(SRC, 'pages');
const PAGE_CONTROLLERS = [PAGES, join(SRC, 'replies', 'web')];
const NOT_USE_CASES = new Set(['PageRenderer', 'RenderedPages', 'Clock', 'StaffPage']);

interface ClassSource {
  file: string;
  node: ts.ClassDeclaration;
  /** Constructor parameter property name → its type's name. */
  fields: Map<string, string>;
  /** A type's name → the file it is imported from, resolved. */
  imports: Map<string, string>;
}

const parsed = new Map<string, ts.SourceFile>();
function sourceOf(file: string): ts.SourceFile {
  let source = parsed.get(file);
  if (!source) parsed.set(file, (source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)));
  return source;
}

function classesIn(file: string): ClassSource[] {
  const source = sourceOf(file);
  const imports = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const from = statement.moduleSpecifier.text.startsWith('.') ? resolve(dirname(file), `${statement.moduleSpecifier.text}.ts`) : '';
    const named = statement.importClause?.namedBindings;
    if (named && ts.isNamedImports(named)) for (const element of named.elements) imports.set(element.name.text, from);
  }
  return source.statements.filter(ts.isClassDeclaration).map((node) => {
    const fields = new Map<string, string>();
    const constructor = node.members.find(ts.isConstructorDeclaration);
    for (const parameter of constructor?.parameters ?? []) {
      const isField = ts.getModifiers(parameter)?.some((modifier) => modifier.kind === ts.SyntaxKind.PrivateKeyword);
      if (isField && ts.isIdentifier(parameter.name) && parameter.type && ts.isTypeReferenceNode(parameter.type)) {
        fields.set(parameter.name.text, parameter.type.typeName.getText(source));
      }
    }
    return { file, node, fields, imports };
  });
}

function method(owner: ClassSource, name: string): ts.MethodDeclaration | undefined {
  return owner.node.members.find(
    (member): member is ts.MethodDeclaration => ts.isMethodDeclaration(member) && member.name.getText() === name,
  );
}

/** The use cases a method reaches: `this.field.…` on an injected collaborator, through `this.method(…)` of its own class. */
function useCasesReached(owner: ClassSource, body: ts.Node, seen = new Set<ts.Node>()): Set<string> {
  const found = new Set<string>();
  if (seen.has(body)) return found;
  seen.add(body);
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const name = node.name.text;
      const type = owner.fields.get(name);
      const parent = node.parent;
      if (type && !NOT_USE_CASES.has(type)) {
        const helper = pageHelper(owner, type);
        const called = ts.isPropertyAccessExpression(parent) ? parent.name.text : null;
        const helperMethod = helper && called ? method(helper, called) : undefined;
        if (helper && helperMethod) useCasesReached(helper, helperMethod, seen).forEach((useCase) => found.add(useCase));
        else if (!helper) found.add(type);
      }
      const own = method(owner, name);
      if (own) useCasesReached(owner, own, seen).forEach((useCase) => found.add(useCase));
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}

/** A class of src/pages injected into a page controller builds the page: what it reaches counts, not itself. */
function pageHelper(owner: ClassSource, type: string): ClassSource | undefined {
  const file = owner.imports.get(type);
  if (!file || relative(PAGES, file).startsWith('..')) return undefined;
  return classesIn(file).find((candidate) => candidate.node.name?.text === type);
}

function routes(owner: ClassSource, verb: string): ts.MethodDeclaration[] {
  return owner.node.members.filter(
    (member): member is ts.MethodDeclaration =>
      ts.isMethodDeclaration(member) &&
      (ts.getDecorators(member) ?? []).some(
        (decorator) => ts.isCallExpression(decorator.expression) && decorator.expression.expression.getText() === verb,
      ),
  );
}

const controllerFiles = (directory: string): string[] =>
  readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? controllerFiles(join(directory, entry.name))
      : entry.name.endsWith('.controller.ts')
        ? [join(directory, entry.name)]
        : [],
  );

const getHandlers = PAGE_CONTROLLERS.flatMap(controllerFiles).flatMap((file) =>
  classesIn(file).flatMap((owner) =>
    routes(owner, 'Get').map((handler) => ({
      name: `${owner.node.name?.text ?? '?'}.${handler.name.getText()}`,
      useCases: [...useCasesReached(owner, handler)].sort(),
    })),
  ),
);

describe('page controllers: each page is shown by one use case', () => {
  it('finds the page handlers and what they call', () => {
    const reached = new Map(getHandlers.map((handler) => [handler.name, handler.useCases]));
    expect(getHandlers.length).toBeGreaterThan(20);
    expect(reached.get('PagesController.action')).toEqual(['ShowActionPage']);
    expect(reached.get('StaffDashboardController.action')).toEqual(['ShowStaffActionPage']);
    expect(reached.get('TakeActionController.show')).toEqual(['ShowTakeActionPage']);
  });

  it.each(getHandlers)('$name reaches at most one use case', ({ useCases }) => {
    expect(useCases).toEqual(useCases.slice(0, 1));
  });

  it('would see a handler that calls two', () => {
    const file = join(PAGES, 'example.controller.ts');
    parsed.set(
      file,
      ts.createSourceFile(
        file,
        `import { A } from '../a/a'; import { B } from '../b/b'; import { PageRenderer } from './page-renderer';
         class Example {
           constructor(private readonly a: A, private readonly b: B, private readonly renderer: PageRenderer) {}
           @Get() async show() { await this.a.execute(); await this.render(); }
           private async render() { this.renderer.render(await this.b.execute()); }
         }`,
        ts.ScriptTarget.Latest,
        true,
      ),
    );
    const [example] = classesIn(file);
    expect([...useCasesReached(example, routes(example, 'Get')[0])].sort()).toEqual(['A', 'B']);
  });
});
