export { loadMigrations, type LoadOptions } from './load-migrations.js';
export { importMigrationModule } from './import-migration-module.js';
export { renderTemplate, type RenderedFile } from './render-template.js';
export { newVersion } from './new-version.js';
export {
  KNOWN_DIRECTIVES,
  NO_DIRECTIVES,
  leadingComments,
  parseDirectives,
  readDirectives,
  type CommentLine,
  type DirectiveResult,
} from './directives.js';
export { matchMarker, type MarkerMatch, type MarkerRole } from './markers.js';
