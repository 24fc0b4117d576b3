package org.shangmen.analytics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The facts and dimension rows other than orders, as the store keeps them. */
public final class Facts {

    /** The platform's business days and months are Shanghai's. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** A review at most this many overall stars counts as low-star; its words are counted. */
    public static final int LOW_STARS = 2;

    private Facts() {
    }

    public static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    /** A month as one number, year × 12 + month − 1, so that months subtract. */
    public static int month(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    /** A district's city: its first four digits and 00 (440304 → 440300). */
    public static String city(String district) {
        return district == null || district.length() != 6 ? null : district.substring(0, 4) + "00";
    }

    public record QuoteFact(UUID quoteId, Optional<UUID> customerId, String districtCode, List<String> itemCodes, long totalFen,
                            long discountFen, Instant at) implements Fact {
    }

    public record ReviewFact(UUID orderId, UUID customerId, UUID workerId, int attitude, int skill, int efficiency, int punctuality,
                             int overall, String text, boolean hidden, Instant createdAt, Instant updatedAt) {
    }

    public record ComplaintFiled(UUID complaintId, UUID orderId, UUID customerId, UUID workerId, String category,
                                 List<String> itemCodes, String districtCode, Instant at) implements Fact {
    }

    public record ComplaintResolved(UUID complaintId, UUID orderId, UUID customerId, UUID workerId, String outcome,
                                    boolean workerAtFault, long refundFen, Instant filedAt, Instant at) implements Fact {
    }

    public record WorkerProfile(UUID workerId, Instant certifiedAt, int experienceYears, Set<String> skills,
                                Optional<String> districtCode) implements Fact {
    }

    /** What a view is of: an item's page in the catalogue, or an order's detail. */
    public enum ViewKind {
        ITEM, ORDER
    }

    /**
     * Someone looked at an item's page ({@code itemCodes} the item) or at an order's detail (its items); the funnel's
     * step before the quote. {@code customerId} is empty for a visitor, {@code districtCode} when none was named.
     */
    public record ViewFact(UUID viewId, ViewKind kind, List<String> itemCodes, Optional<UUID> orderId, Optional<UUID> customerId,
                           Optional<String> districtCode, Instant at) implements Fact {
        public ViewFact {
            itemCodes = List.copyOf(itemCodes);
        }
    }
}
