-- =============================================================================
-- V4: db-scheduler's table (com.github.kagkarlsson:db-scheduler 16.x, PostgreSQL DDL),
-- used by gold-automation for cluster-safe jobs: several application nodes share it, and a
-- task instance is picked by one node at a time (picked / picked_by / version).
--
-- Kept exactly as db-scheduler ships it (names, types, nullability and its three indexes),
-- so that its own queries and its schema expectations hold. The table belongs to the
-- library: our naming conventions do not apply here.
-- =============================================================================

CREATE TABLE scheduled_tasks (
    task_name            TEXT NOT NULL,
    task_instance        TEXT NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
