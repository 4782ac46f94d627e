/**
 * dbmate: `<version>_<name>.sql` (the version is the leading digits) with `-- migrate:up` / `-- migrate:down` and the
 * option `transaction:false`; files are applied in file-name order and recorded by version.
 */
import { byString } from './tool-reader.js';
import { markedFilesReader } from './marked-files.js';

export const dbmateReader = markedFilesReader({
  tool: 'dbmate',
  style: 'dbmate',
  sqlName: (f) => {
    const m = /^(\d+)_?(.*)\.sql$/.exec(f);
    return m ? { version: m[1] ?? '', name: m[2] ?? '', id: m[1] ?? '' } : undefined;
  },
  compare: (a, b) => byString(a.path.split('/').pop() ?? '', b.path.split('/').pop() ?? ''),
  repeatedSections: 'error',
  duplicateHint: 'dbmate records migrations by version, so two files with one version collide.',
  ignoredWhy: 'not named <version>_<name>.sql',
});
