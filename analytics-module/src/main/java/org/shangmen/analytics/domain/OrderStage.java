package org.shangmen.analytics.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One step in an order's life as the store records it: the stage, when it happened, and whatever the step
 * tells about the order (null where it tells nothing). Steps of one order may arrive twice or in any order;
 * the store keeps the first time of each stage and the amounts of the latest stage.
 */
public record OrderStage(UUID orderId, Stage stage, Instant at, UUID customerId, UUID workerId, String districtCode,
                         List<String> itemCodes, Instant startsAt, Long totalFen, Long discountFen, Long addOnsFen,
                         Long paidFen, String cancelActor, String cancelReason) implements Fact {

    public OrderStage {
        itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
    }

    /** The stages in their natural order; a later stage's amounts replace an earlier one's. */
    public enum Stage {
        SUBMITTED, ACCEPTED, PAID, CHECKED_IN, COMPLETED, CANCELLED
    }

    public static OrderStage of(UUID orderId, Stage stage, Instant at) {
        return new OrderStage(orderId, stage, at, null, null, null, List.of(), null, null, null, null, null, null, null);
    }

    public OrderStage customer(UUID id) {
        return new OrderStage(orderId, stage, at, id, workerId, districtCode, itemCodes, startsAt, totalFen, discountFen, addOnsFen,
                paidFen, cancelActor, cancelReason);
    }

    public OrderStage worker(UUID id) {
        return new OrderStage(orderId, stage, at, customerId, id, districtCode, itemCodes, startsAt, totalFen, discountFen, addOnsFen,
                paidFen, cancelActor, cancelReason);
    }

    public OrderStage place(String district, List<String> items) {
        return new OrderStage(orderId, stage, at, customerId, workerId, district, items, startsAt, totalFen, discountFen, addOnsFen,
                paidFen, cancelActor, cancelReason);
    }

    public OrderStage startsAt(Instant start) {
        return new OrderStage(orderId, stage, at, customerId, workerId, districtCode, itemCodes, start, totalFen, discountFen, addOnsFen,
                paidFen, cancelActor, cancelReason);
    }

    public OrderStage amounts(Long total, Long discount, Long addOns) {
        return new OrderStage(orderId, stage, at, customerId, workerId, districtCode, itemCodes, startsAt, total, discount, addOns,
                paidFen, cancelActor, cancelReason);
    }

    public OrderStage paid(long fen) {
        return new OrderStage(orderId, stage, at, customerId, workerId, districtCode, itemCodes, startsAt, totalFen, discountFen, addOnsFen,
                fen, cancelActor, cancelReason);
    }

    public OrderStage cancelled(String actor, String reason) {
        return new OrderStage(orderId, stage, at, customerId, workerId, districtCode, itemCodes, startsAt, totalFen, discountFen, addOnsFen,
                paidFen, actor, reason);
    }
}
