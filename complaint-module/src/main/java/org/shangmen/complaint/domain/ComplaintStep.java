package org.shangmen.complaint.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One recorded step of a complaint: who did what and when. {@code visibleToCustomer} steps make up the
 * progress the customer sees; the rest (assignment, for example) stay with operators.
 */
public record ComplaintStep(UUID id, UUID complaintId, Kind kind, Actor actor, Optional<UUID> actorId, Optional<String> note,
                            Instant at) {

    public enum Kind {
        FILED("已提交", true), PHOTO_ADDED("补充照片", true), ASSIGNED("已分配处理人", false), REPLIED("客服回复", true),
        RESOLVED("已处理", true), RATED("已评价处理", true), STATEMENT("服务人员说明", false);

        private final String label;
        private final boolean visibleToCustomer;

        Kind(String label, boolean visibleToCustomer) {
            this.label = label;
            this.visibleToCustomer = visibleToCustomer;
        }

        public String label() {
            return label;
        }

        public boolean visibleToCustomer() {
            return visibleToCustomer;
        }
    }

    public enum Actor { CUSTOMER, WORKER, OPERATOR }
}
