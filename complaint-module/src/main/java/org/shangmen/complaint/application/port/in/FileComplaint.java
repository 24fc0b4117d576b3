package org.shangmen.complaint.application.port.in;

import java.util.UUID;
import org.shangmen.complaint.domain.Complaint;
import org.shangmen.complaint.domain.ComplaintCategory;
import org.shangmen.kernel.DomainException;

/** A customer files a complaint on one of their orders and adds photos to it (A2.1). */
public interface FileComplaint {

    Complaint file(FileCommand command);

    /** Adds one photo (JPEG or PNG, re-encoded without metadata); at most {@link Complaint#MAX_PHOTOS}, while the complaint is open. */
    ComplaintDetail addPhoto(UUID customerId, UUID complaintId, byte[] picture);

    record FileCommand(UUID customerId, UUID orderId, ComplaintCategory category, String text) {

        public FileCommand {
            if (customerId == null) {
                throw new IllegalArgumentException("a complaint is filed by a customer");
            }
            if (orderId == null) {
                throw DomainException.invalid("complaint.order-required");
            }
            if (category == null) {
                throw DomainException.invalid("complaint.category-invalid", CategoryNames.ALL);
            }
        }

        /** Parses the category's code as the client sent it. */
        public static ComplaintCategory category(String code) {
            if (code == null) {
                return null;
            }
            try {
                return ComplaintCategory.valueOf(code.strip());
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("complaint.category-invalid", CategoryNames.ALL);
            }
        }
    }

    /** The category codes, for the message telling the client what to send. */
    final class CategoryNames {
        static final String ALL = String.join(", ", java.util.Arrays.stream(ComplaintCategory.values()).map(Enum::name).toList());

        private CategoryNames() {
        }
    }
}
