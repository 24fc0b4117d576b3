package org.shangmen.billing.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Column helpers shared by the billing stores. */
final class Rows {

    private Rows() {
    }

    static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }

    /** Matches a region filter: a district code, or a city code ending in 00 covering its districts. */
    static String regionClause(String column) {
        return "(" + column + " = :region OR (:cityPrefix <> '' AND " + column + " LIKE :cityPrefix))";
    }

    static String cityPrefix(String region) {
        return region.endsWith("00") ? region.substring(0, 4) + "%" : "";
    }
}
