/**
 * Domain events: written to the outbox with the change, delivered after commit.
 */
package dev.goldshop.core.event;
