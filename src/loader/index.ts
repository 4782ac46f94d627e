export { loadMigrations } from './load-migrations.js';
export { loadProject, type LoadOptions } from './load-project.js';
export type { Project, LoadProblem, IgnoredFile } from './project.js';
export { TOOL_READERS, dieselVersion, flywayVersionKey, compareFlywayVersions } from './tools/index.js';
export { importMigrationModule } from './import-migration-module.js';
export { renderTemplate, renderToolTemplate, type RenderedFile } from './render-template.js';
export { detectTool, type Detected } from './detect-tool.js';
export { listFolder } from './folder.js';
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
export { directoryNotFound } from './loader-errors.js';
export { MARKER_LINES } from './markers.js';
export { displayPath } from './display-path.js';
export { splitSingleFile } from './split-single-file.js';
export { isBlankSql } from './sql-section.js';
