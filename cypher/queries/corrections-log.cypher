// name: corrections-log
// question: Who corrected what in the graph, when and why — and which corrections were undone?
// params: target (string, optional) — only corrections naming this entity or claim id
// params: author (string, optional) — only corrections by this author
// example: geokg query corrections-log
// example: geokg query corrections-log --param author=ana --format json
// One row per correction (README "Correcting the graph"), in the order they apply. `args` is the
// operation's JSON, with what the target was before (what undo restores).
MATCH (k:Correction)
WHERE ($target IS NULL OR $target IN k.targets) AND ($author IS NULL OR k.author = $author)
RETURN k.at AS at, k.author AS author, k.op AS op, k.targets AS targets, k.note AS note,
       k.undoneAt IS NOT NULL AS undone, k.undoneAt AS undoneAt, k.undoneBy AS undoneBy, k.id AS id, k.args AS args
ORDER BY at, id
