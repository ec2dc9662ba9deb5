// Prefix of the write path's queries. Neo4j replans a cached query once the database's statistics
// have drifted far enough, and an ingest into a young database makes them drift all the time: every
// replan of these queries cost 0.1-0.4 s and they came out the same, because each one is anchored on
// a unique-constraint or hinted index lookup (or on a list of nodes found that way) whatever the
// statistics say. `replan=skip` keeps a cached plan even when stale. Analyst and API read queries,
// whose plans do depend on the data, do not use it.
export const STABLE_PLAN = "CYPHER replan=skip";
