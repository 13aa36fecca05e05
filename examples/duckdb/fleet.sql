-- The fleet summary's main figures in DuckDB, from a folder of report files (as `serve` keeps
-- them, or as Intune/Jamf collect them), with explicit columns: DuckDB does not guess a schema
-- from the first files, so a report that lacks a key (device, organisation, a network figure)
-- reads as NULL instead of failing or changing a column's type.
--
-- Tested here: test/examples.test.ts runs this file with DuckDB 1.5 (@duckdb/node-api) on real
-- reports and compares every figure below with the fleet summary of what the same reports say.
-- Set the folder with:  SET VARIABLE reports = 'path/to/reports/**/*.json';
--
-- This counts what the reports say. `homeoffice-check summarize` does more: it leaves replayed
-- reports out, judges each report again from its own facts and answers, and counts one that
-- disagrees (an edited file) as not ready. Use it, not this, where the reports may be edited.
--
-- Counting as `summarize` counts: the latest report of each host name (compared in lower case,
-- without surrounding space; on the same start time the file later in name order), and each
-- report without a host name on its own.

CREATE OR REPLACE TEMP TABLE reports AS
SELECT *
FROM read_json(getvariable('reports'),
  format = 'auto',
  filename = true,
  columns = {
    schemaVersion: 'INTEGER',
    startedAt: 'VARCHAR',
    lang: 'VARCHAR',
    platform: 'STRUCT(os VARCHAR, release VARCHAR, arch VARCHAR)',
    mode: 'VARCHAR',
    organisation: 'STRUCT(name VARCHAR)',
    device: 'STRUCT(hostname VARCHAR, username VARCHAR)',
    score: 'STRUCT(value DOUBLE, verdict VARCHAR, blockers VARCHAR[], scope VARCHAR)',
    checks: 'STRUCT(id VARCHAR, status VARCHAR, blocker BOOLEAN, facts JSON)[]',
    questions: 'STRUCT(id VARCHAR, status VARCHAR, blocker BOOLEAN, answer VARCHAR)[]'
  });

-- the latest report of each device
CREATE OR REPLACE TEMP TABLE latest AS
SELECT *, lower(trim(device.hostname)) AS device_key
FROM reports
QUALIFY row_number() OVER (
  PARTITION BY coalesce(nullif(lower(trim(device.hostname)), ''), filename)
  ORDER BY epoch_ms(startedAt::TIMESTAMPTZ) DESC, filename DESC
) = 1;

-- verdicts and the readiness score (quantile_cont interpolates as Excel's PERCENTILE.INC)
SELECT
  count(*) AS counted,
  count(*) FILTER (WHERE score.verdict = 'ready') AS ready,
  count(*) FILTER (WHERE score.verdict = 'ready-with-warnings') AS ready_with_warnings,
  count(*) FILTER (WHERE score.verdict = 'not-ready') AS not_ready,
  round(quantile_cont(score.value, 0.5), 2) AS score_median,
  round(quantile_cont(score.value, 0.1), 2) AS score_p10
FROM latest;

-- per check and question: the results, keyed by id (no flattening: one row per item per report)
SELECT kind, id,
  count(*) AS reports,
  count(*) FILTER (WHERE status = 'pass') AS pass,
  count(*) FILTER (WHERE status = 'warn') AS warn,
  count(*) FILTER (WHERE status = 'fail') AS fail,
  count(*) FILTER (WHERE status = 'unknown') AS unknown,
  count(*) FILTER (WHERE status = 'skipped') AS skipped,
  count(*) FILTER (WHERE unanswered) AS unanswered,
  count(*) FILTER (WHERE blocking) AS blocker
FROM (
  SELECT 'check' AS kind, c.id, c.status, false AS unanswered, c.blocker OR list_contains(score.blockers, c.id) AS blocking
  FROM latest, unnest(checks) AS u(c)
  UNION ALL
  SELECT 'question', q.id, q.status, q.answer IS NULL, q.blocker OR list_contains(score.blockers, q.id)
  FROM latest, unnest(questions) AS u(q)
) items
GROUP BY kind, id
ORDER BY fail DESC, warn DESC, unknown DESC, kind, id;

-- the devices and what blocks them (as in the summary's device list)
SELECT device.hostname AS host, device.username AS "user", platform.os, startedAt AS last_report,
  score.verdict, score.value AS score, score.scope,
  list_sort(list_distinct(list_concat(
    [c.id FOR c IN checks IF c.blocker OR list_contains(score.blockers, c.id)],
    [q.id FOR q IN questions IF q.blocker OR list_contains(score.blockers, q.id)]))) AS blockers
FROM latest
ORDER BY device_key NULLS LAST, last_report DESC;

-- network figures from the network check of the reports that measured
SELECT count(*) AS measured,
  round(quantile_cont(download, 0.5), 2) AS download_median,
  round(quantile_cont(download, 0.1), 2) AS download_p10,
  round(quantile_cont(latency, 0.9), 2) AS latency_p90
FROM (
  SELECT (c.facts->>'downloadMbps')::DOUBLE AS download, (c.facts->>'latencyMs')::DOUBLE AS latency
  FROM latest, unnest(checks) AS u(c)
  WHERE c.id = 'network-quality' AND (c.facts->>'downloadMbps') IS NOT NULL
);
