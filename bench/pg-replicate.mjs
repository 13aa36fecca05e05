// For the bench: grow a PostgreSQL store to `target` reports in SQL, from the reports loaded into it.
// Copy k of report r gets a new id (md5 of id and k), its host name with "-k" appended (so the copies
// are devices of their own, as a fleet ten times the size), and its time moved back by k days.
// The summary never reads the report bodies, which are copied as they are.
export async function replicate(client, target) {
  const { rows } = await client.query('SELECT count(*)::int AS n FROM homeoffice_reports');
  const n = rows[0].n;
  const copies = Math.ceil(target / n) - 1;
  await client.query(
    `INSERT INTO homeoffice_reports (id, received_at, started_ms, started_text, host_key, host, username, os, organisation, verdict, score, scope, marks, network, report)
     SELECT md5(r.id || ':' || k) || substr(r.id, 33), r.received_at, r.started_ms - k::bigint * 86400000,
            to_char(to_timestamp((r.started_ms - k::bigint * 86400000) / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            r.host_key || '-' || k, r.host || '-' || k, r.username, r.os, r.organisation, r.verdict, r.score, r.scope, r.marks, r.network, r.report
     FROM homeoffice_reports r, generate_series(1, $1) AS k
     ORDER BY 1 LIMIT $2`,
    [copies, target - n],
  );
  await client.query('VACUUM ANALYZE homeoffice_reports');
}
