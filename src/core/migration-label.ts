/** How progress lines and reports name a migration. */
/**
 * A migration as progress lines name it: version and name, or the version alone when it already ends with the name
 * (sql-migrate and Flyway repeatables are identified by the whole file name: "318_v2_filter", not "318_v2_filter v2_filter").
 */
export function migrationLabel(version: string, name: string): string {
  return name !== '' && version !== name && !version.endsWith(`_${name}`) && !version.endsWith(`__${name}`) ? `${version} ${name}` : version;
}
