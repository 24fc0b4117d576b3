/**
 * The development outbox: what the offline SMS and mail adapters "sent", kept in memory and readable
 * over REST in the {@code dev} and {@code demo} profiles.
 */
package org.shangmen.identity.adapter.dev;
