/**
 * What runs on its own: automation rules, scheduled jobs (cluster-safe, on the engine's
 * database) and reorder suggestions. The module's classes arrive with the automation issue;
 * the engine already creates the scheduler's {@code scheduled_tasks} table.
 */
package dev.goldshop.automation;
