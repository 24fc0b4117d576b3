package org.shangmen.worker.api.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stricter version of a skill's certification rules asks a certified worker for items (the Chinese
 * labels of documents, fields or steps) by a deadline; after it the worker gets no offers for the skill
 * until the items are supplied and approved.
 */
public record CertificationItemsRequested(UUID workerId, String skill, String skillName, int ruleVersion, List<String> itemNames,
                                          Instant dueAt) {
}
