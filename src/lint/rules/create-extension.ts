import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { quoteIdent } from '../quote-ident.js';

/** Most extensions need superuser (or a trusted extension and CREATE on the database) (https://www.postgresql.org/docs/current/sql-createextension.html). */
export const createExtension: Rule = {
  id: 'create-extension',
  defaultSeverity: 'info',
  description: 'CREATE EXTENSION needs privileges the migration role often lacks',
  docs: 'docs/rules/create-extension.md',
  lockHazard: false,
  check: onKind('CreateExtensionStmt', (ext, s) => ({
    statement: s,
    message: `CREATE EXTENSION ${q(ext.extname ?? '?')} usually needs superuser (or a trusted extension); on managed databases it may need to be allow-listed first`,
    help: `Install the extension once by hand (or in a privileged bootstrap step) and keep "CREATE EXTENSION IF NOT EXISTS ${quoteIdent(ext.extname ?? '')}" here only if the migration role may run it.`,
  })),
};
