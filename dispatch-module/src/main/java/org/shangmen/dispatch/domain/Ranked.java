package org.shangmen.dispatch.domain;

import java.util.UUID;

/** A candidate's place in the ranking: score in hundredths of a point (0–10 000 plus the preference bonus), distance in metres. */
public record Ranked(UUID workerId, int score, long distanceMetres) {
}
