/**
 * Whether this run of the suite is on the embedded database (no DATABASE_URL). Tests of commands and
 * folders that always make an embedded database of their own, whatever DATABASE_URL says, run in this
 * pass only: the pass on a PostgreSQL server would repeat them exactly (.ci/run makes both passes).
 */
export const embeddedPass = !process.env.DATABASE_URL;
