import l = require("lockstep");
const x: string = l.createMigrator;
