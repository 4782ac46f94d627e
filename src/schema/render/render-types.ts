import type { DomainInfo, FunctionInfo, SchemaSnapshot, SequenceInfo } from '../types.js';
import { qname, qpath, quoteIdent, quoteLiteral } from './quote.js';

export function renderExtensionsAndSchemas(s: SchemaSnapshot): string[] {
  return [
    ...s.schemas.filter((x) => x.name !== 'public').map((x) => `CREATE SCHEMA ${quoteIdent(x.name)};`),
    ...s.extensions.map((x) => `CREATE EXTENSION IF NOT EXISTS ${quoteIdent(x.name)} WITH SCHEMA ${quoteIdent(x.schema)}; -- version ${x.version}`),
  ];
}

export function renderTypes(s: SchemaSnapshot): string[] {
  return [
    ...s.enums.map((e) => `CREATE TYPE ${qname(e.schema, e.name)} AS ENUM (${e.labels.map(quoteLiteral).join(', ')});`),
    ...s.compositeTypes.map((c) => {
      const attrs = c.attributes.map((a) => `  ${quoteIdent(a.name)} ${a.type}${a.collation ? ` COLLATE ${a.collation}` : ''}`);
      return `CREATE TYPE ${qname(c.schema, c.name)} AS (\n${attrs.join(',\n')}\n);`;
    }),
    ...s.domains.flatMap(renderDomain),
  ];
}

function renderDomain(d: DomainInfo): string[] {
  const parts = [`CREATE DOMAIN ${qname(d.schema, d.name)} AS ${d.baseType}`];
  if (d.collation) parts.push(`COLLATE ${d.collation}`);
  if (d.default !== null) parts.push(`DEFAULT ${d.default}`);
  if (d.notNull) parts.push('NOT NULL');
  for (const c of d.constraints.filter((x) => x.validated)) parts.push(`CONSTRAINT ${quoteIdent(c.name)} ${c.definition}`);
  // CREATE DOMAIN cannot say NOT VALID; only ALTER DOMAIN ... ADD CONSTRAINT can.
  const notValid = d.constraints
    .filter((c) => !c.validated)
    .map((c) => `ALTER DOMAIN ${qname(d.schema, d.name)} ADD CONSTRAINT ${quoteIdent(c.name)} ${c.definition} NOT VALID;`);
  return [`${parts.join(' ')};`, ...notValid];
}

/** Sequences behind identity columns are created by their column and left out. */
export function renderSequences(s: SchemaSnapshot): string[] {
  return s.sequences.filter((q) => !q.identity).map(renderSequence);
}

function renderSequence(q: SequenceInfo): string {
  return (
    `CREATE SEQUENCE ${qname(q.schema, q.name)} AS ${q.type} START WITH ${q.start} INCREMENT BY ${q.increment}` +
    ` MINVALUE ${q.min} MAXVALUE ${q.max} CACHE ${q.cache}${q.cycle ? ' CYCLE' : ' NO CYCLE'};`
  );
}

/** OWNED BY needs the table, so it comes after the tables. */
export function renderSequenceOwners(s: SchemaSnapshot): string[] {
  return s.sequences
    .filter((q) => !q.identity && q.ownedBy !== null)
    .map((q) => `ALTER SEQUENCE ${qname(q.schema, q.name)} OWNED BY ${qpath(q.ownedBy ?? '')};`);
}

/** Aggregates last: they name their state functions. */
export function renderFunctions(s: SchemaSnapshot): string[] {
  const aggregates = s.functions.filter((f) => f.kind === 'aggregate');
  return [...s.functions.filter((f) => f.kind !== 'aggregate'), ...aggregates].map(renderFunction);
}

function renderFunction(f: FunctionInfo): string {
  if (f.kind === 'aggregate') return `CREATE AGGREGATE ${qname(f.schema, f.name)}(${f.arguments || '*'}) (${f.definition});`;
  return `${f.definition};`;
}
