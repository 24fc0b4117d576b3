package org.shangmen.booking.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;

/**
 * Operators' work on the catalogue (A1.1, A2.2), for the admin module, which checks the operator's
 * permission first: categories, items with their options, their order, retirement, and reference
 * price ranges per city or district. Refusals are {@link org.shangmen.kernel.DomainException}s.
 */
public interface CatalogueAdministration {

    List<CategoryView> categories();

    /** Creates or renames a category. Idempotent. */
    CategoryView defineCategory(CategoryDraft draft);

    /** Every item, retired ones included, by category and sort order. */
    List<ItemView> items();

    ItemView item(UUID itemId);

    /** Adds an item at the end of its category. The code must be new ({@code booking.item-code-taken}). */
    ItemView createItem(ItemDraft draft, UUID operatorId);

    /**
     * Replaces an item's content, options and price. {@code expectedVersion} guards against two operators
     * editing at once ({@code booking.item-edited-concurrently}). Quotes already made keep their snapshot.
     */
    ItemView editItem(UUID itemId, ItemDraft draft, int expectedVersion, UUID operatorId);

    /** No longer offered to customers; existing orders keep their snapshot. Idempotent. */
    ItemView retireItem(UUID itemId, UUID operatorId);

    ItemView reactivateItem(UUID itemId, UUID operatorId);

    /** Puts the category's items in this order; the list must name each of the category's items once. */
    List<ItemView> reorderItems(String categoryCode, List<UUID> itemIds, UUID operatorId);

    List<PriceRangeView> priceRanges(UUID itemId);

    /** Sets the reference range of an item's unit price in a city or district; a district's overrides its city's. */
    PriceRangeView setPriceRange(UUID itemId, RegionCode region, long minFen, long maxFen, UUID operatorId);

    void removePriceRange(UUID itemId, RegionCode region, UUID operatorId);

    record CategoryDraft(String code, String name, int sortOrder) {
    }

    record CategoryView(String code, String name, int sortOrder) {
    }

    /**
     * An item as an operator writes it. Options are listed in display order.
     *
     * @param minimumMinutes the shortest a visit may be booked for
     * @param typicalMinutes the time of one visit (PER_VISIT, PER_SQUARE_METRE, PER_APPLIANCE: before
     *                       per-unit minutes) or of one day (PER_DAY); PER_HOUR lines take their hours
     */
    record ItemDraft(String code, String categoryCode, String name, String description, List<String> standards,
                     PricingUnit unit, long basePriceFen, int minimumMinutes, int typicalMinutes, Skill skill,
                     Set<CertificateType> requiredCertificates, List<OptionSpec> options) {
    }

    record ItemView(UUID id, String code, String categoryCode, String name, String description, List<String> standards,
                    PricingUnit unit, long basePriceFen, String currency, int minimumMinutes, int typicalMinutes, Skill skill,
                    Set<CertificateType> requiredCertificates, int sortOrder, ItemStatus status, List<OptionSpec> options,
                    int version, Instant updatedAt) {
    }

    record PriceRangeView(UUID itemId, String regionCode, long minFen, long maxFen, String currency) {
    }
}
