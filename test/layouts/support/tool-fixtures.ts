/**
 * One small project per tool, written here in that tool's exact format (file names, section markers, statement
 * markers, transaction switches, journals and lock files as each tool's docs and source define them; the content is
 * ours): authors, books, reviews. Each says what Lockstep must make of it.
 */
export interface ToolFixture {
  readonly tool: string;
  readonly files: Readonly<Record<string, string>>;
  /** The ids `status` lists, in the tool's order. */
  readonly ids: readonly string[];
  /** Files the tool itself passes over, which `status` lists as ignored. */
  readonly ignored: readonly string[];
  /** Whether the tool writes down migrations (so `down` rolls the newest back). */
  readonly downs: boolean;
  /** Public tables once everything is applied. */
  readonly tables: readonly string[];
  /** The table the newest migration creates (gone again after `down`). */
  readonly newest: string;
}

const authors = 'CREATE TABLE authors (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);';
const books = 'CREATE TABLE books (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, author_id bigint NOT NULL REFERENCES authors (id), title text NOT NULL);\nCREATE INDEX books_author_id_idx ON books (author_id);';
const reviews = 'CREATE TABLE reviews (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, book_id bigint NOT NULL REFERENCES books (id), stars int NOT NULL);';
const touch = `CREATE FUNCTION touch_books() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.title := trim(NEW.title);
  RETURN NEW;
END;
$$;`;
const TABLES = ['authors', 'books', 'reviews'];

const lockstep: ToolFixture = {
  tool: 'lockstep',
  files: {
    '20240101090000_create_authors.sql': `-- Authors write books.\n-- UP\n${authors}\n\n-- DOWN\nDROP TABLE authors;\n`,
    '20240101090100_create_books.up.sql': `${books}\n`,
    '20240101090100_create_books.down.sql': 'DROP TABLE books;\n',
    '20240101090200_create_reviews/up.sql': `${reviews}\n`,
    '20240101090200_create_reviews/down.sql': 'DROP TABLE reviews;\n',
    'notes.txt': 'not a migration\n',
  },
  ids: ['20240101090000', '20240101090100', '20240101090200'],
  ignored: [],
  downs: true,
  tables: TABLES,
  newest: 'reviews',
};

const golangMigrate: ToolFixture = {
  tool: 'golang-migrate',
  files: {
    '000001_create_authors.up.sql': `${authors}\n`,
    '000001_create_authors.down.sql': 'DROP TABLE authors;\n',
    '000002_create_books.up.sql': `${books}\n`,
    '000002_create_books.down.sql': 'DROP TABLE books;\n',
    '000003_create_reviews.up.sql': `${reviews}\n`,
    '000003_create_reviews.down.sql': 'DROP TABLE reviews;\n',
    'README.md': '# migrations\n',
  },
  ids: ['000001', '000002', '000003'],
  ignored: ['README.md'],
  downs: true,
  tables: TABLES,
  newest: 'reviews',
};

const goose: ToolFixture = {
  tool: 'goose',
  files: {
    '00001_create_authors.sql': `-- +goose Up\n${authors}\n\n-- +goose Down\nDROP TABLE authors;\n`,
    '00002_create_books.sql': `-- +goose Up\n${books}\n-- +goose StatementBegin\n${touch}\n-- +goose StatementEnd\n\n-- +goose Down\nDROP FUNCTION touch_books();\nDROP TABLE books;\n`,
    '00003_create_reviews.sql': `-- +goose NO TRANSACTION\n-- +goose Up\n${reviews}\nCREATE INDEX CONCURRENTLY reviews_book_id_idx ON reviews (book_id);\n\n-- +goose Down\nDROP TABLE reviews;\n`,
  },
  ids: ['00001', '00002', '00003'],
  ignored: [],
  downs: true,
  tables: TABLES,
  newest: 'reviews',
};

const sqlMigrate: ToolFixture = {
  tool: 'sql-migrate',
  files: {
    '1_create_authors.sql': `-- +migrate Up\n${authors}\n\n-- +migrate Down\nDROP TABLE authors;\n`,
    '2_create_books.sql': `-- +migrate Up\n${books}\n-- +migrate StatementBegin\n${touch}\n-- +migrate StatementEnd\n\n-- +migrate Down\nDROP FUNCTION touch_books();\nDROP TABLE books;\n`,
    '3_create_reviews.sql': `-- +migrate Up notransaction\n${reviews}\nCREATE INDEX CONCURRENTLY reviews_book_id_idx ON reviews (book_id);\n\n-- +migrate Down\nDROP TABLE reviews;\n`,
    'README.md': '# migrations\n',
  },
  ids: ['1_create_authors', '2_create_books', '3_create_reviews'],
  ignored: ['README.md'],
  downs: true,
  tables: TABLES,
  newest: 'reviews',
};

const dbmate: ToolFixture = {
  tool: 'dbmate',
  files: {
    '20240105093000_create_authors.sql': `-- migrate:up\n${authors}\n\n-- migrate:down\nDROP TABLE authors;\n`,
    '20240106101500_create_books.sql': `-- migrate:up\n${books}\n\n-- migrate:down\nDROP TABLE books;\n`,
    '20240201120000_create_reviews.sql': `-- migrate:up transaction:false\n${reviews}\nCREATE INDEX CONCURRENTLY reviews_book_id_idx ON reviews (book_id);\n\n-- migrate:down\nDROP TABLE reviews;\n`,
  },
  ids: ['20240105093000', '20240106101500', '20240201120000'],
  ignored: [],
  downs: true,
  tables: TABLES,
  newest: 'reviews',
};

const nodePgMigrate: ToolFixture = {
  tool: 'node-pg-migrate',
  files: {
    '1700000000000_create-authors.sql': `-- Up Migration\n${authors}\n\n-- Down Migration\nDROP TABLE authors;\n`,
    '1700000100000_create-books.sql': `-- Up Migration\n${books}\n\n-- Down Migration\nDROP TABLE books;\n`,
    '1700000200000_create-reviews.sql': `-- Up Migration\n${reviews}\n\n-- Down Migration\nDROP TABLE reviews;\n`,
  },
  ids: ['1700000000000_create-authors', '1700000100000_create-books', '1700000200000_create-reviews'],
  ignored: [],
  downs: true,
  tables: TABLES,
  newest: 'reviews',
};

const diesel: ToolFixture = {
  tool: 'diesel',
  files: {
    '00000000000000_diesel_initial_setup/up.sql': `${touch.replace('touch_books', 'set_updated_at')}\n`,
    '00000000000000_diesel_initial_setup/down.sql': 'DROP FUNCTION set_updated_at();\n',
    '2017-08-31-230457_create_authors/up.sql': `${authors}\n`,
    '2017-08-31-230457_create_authors/down.sql': 'DROP TABLE authors;\n',
    '20170902101500_create_books/up.sql': `${books}\n`,
    '20170902101500_create_books/down.sql': 'DROP TABLE books;\n',
    '2018-01-15-080000_create_reviews/up.sql': `${reviews}\nCREATE INDEX CONCURRENTLY reviews_book_id_idx ON reviews (book_id);\n`,
    '2018-01-15-080000_create_reviews/down.sql': 'DROP TABLE reviews;\n',
    '2018-01-15-080000_create_reviews/metadata.toml': 'run_in_transaction = false\n',
  },
  ids: ['00000000000000', '2017-08-31-230457', '20170902101500', '2018-01-15-080000'],
  ignored: [],
  downs: true,
  tables: TABLES,
  newest: 'reviews',
};

const prisma: ToolFixture = {
  tool: 'prisma',
  files: {
    'migration_lock.toml': '# Please do not edit this file manually\nprovider = "postgresql"\n',
    '20240101120000_init/migration.sql': `-- CreateTable\n${authors}\n`,
    '20240102090000_books/migration.sql': `-- CreateTable\n${books}\n`,
    '20240110170000_reviews/migration.sql': `-- CreateTable\n${reviews}\n`,
  },
  ids: ['20240101120000_init', '20240102090000_books', '20240110170000_reviews'],
  ignored: [],
  downs: false,
  tables: TABLES,
  newest: 'reviews',
};

const journal = (tags: readonly string[]): string =>
  JSON.stringify({ version: '7', dialect: 'postgresql', entries: tags.map((tag, idx) => ({ idx, version: '7', when: 1704067200000 + idx * 86_400_000, tag, breakpoints: true })) }, null, 2);

const drizzle: ToolFixture = {
  tool: 'drizzle',
  files: {
    '0000_brave_authors.sql': `${authors}\n`,
    '0001_quiet_books.sql': books.replace('\n', '\n--> statement-breakpoint\n'),
    '0002_swift_reviews.sql': `${reviews}\n`,
    'meta/_journal.json': journal(['0000_brave_authors', '0001_quiet_books', '0002_swift_reviews']),
    'meta/0000_snapshot.json': '{}\n',
  },
  ids: ['0000_brave_authors', '0001_quiet_books', '0002_swift_reviews'],
  ignored: [],
  downs: false,
  tables: TABLES,
  newest: 'reviews',
};

const flyway: ToolFixture = {
  tool: 'flyway',
  files: {
    'V1__Create_authors.sql': `${authors}\n`,
    'V1_1__Create_books.sql': `${books}\n`,
    'V2__Create_reviews.sql': `${reviews}\n`,
    'U2__Create_reviews.sql': 'DROP TABLE reviews;\n',
    'R__Author_names.sql': 'CREATE OR REPLACE VIEW author_names AS SELECT name FROM authors;\n',
  },
  ids: ['1', '1.1', '2', 'R__Author_names'],
  ignored: [],
  downs: false,
  tables: TABLES,
  newest: 'reviews',
};

export const TOOL_FIXTURES: readonly ToolFixture[] = [lockstep, golangMigrate, goose, sqlMigrate, dbmate, nodePgMigrate, diesel, prisma, drizzle, flyway];
export { journal };
